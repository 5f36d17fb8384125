// Lines a web page carries around its article, as they appear when the page is saved as text:
// search, sharing, navigation, reading suggestions, sign-up and legal lines (en, ru, de).
// Written lower-case; a line matches when, lower-cased and stripped of surrounding marks, it equals one.

/** Site furniture wherever it stands. */
export const FURNITURE_LINES: ReadonlySet<string> = new Set(
  `
search|search for|search …|close this search box|close search|close|open menu|close menu|toggle navigation|skip to content|skip to main content
share|share this|share this article|share this post|share this page|share this story|share on facebook|share on twitter|share on x|share via email
facebook|twitter|x|vk|vkontakte|telegram|whatsapp|reddit|linkedin|pinterest|tumblr|email|e-mail|mail|instagram|youtube|viber|xing|mastodon|bluesky|threads|odnoklassniki|ok|pocket|flipboard|copy link|copy url
print|print this|print this article|print this page|tweet|like|pin it|save
read more|read more »|continue reading|you should also read|you may also like|you might also like|related|related posts|related articles|related stories|recommended|more from this author|popular|most read|trending
previous|next|previous post|next post|previous article|next article|older posts|newer posts|back|back to top|top|go to top|scroll to top
leave a comment|leave a reply|post a comment|comments|no comments|reply|cancel reply|log in to reply
subscribe|subscribe now|sign up|sign in|log in|login|register|newsletter|join our newsletter|follow us|follow
menu|main menu|navigation|home|homepage|about|about us|contact|contact us|imprint|privacy|privacy policy|terms|terms of use|cookie policy|cookies|accept|accept all|decline|advertisement|sponsored|all rights reserved
tags|categories|category|archives|posted in|filed under
поиск|найти|закрыть|закрыть окно поиска|меню|главная|на главную|перейти к содержимому|перейти к содержанию
поделиться|поделиться статьей|поделиться статьёй|поделитесь|вконтакте|вк|одноклассники|телеграм|телеграмм|фейсбук|твиттер|ватсап|отправить|скопировать ссылку
печать|распечатать|версия для печати|читайте также|читать далее|читать дальше|подробнее|далее|смотрите также|см. также|похожие записи|похожие статьи|рекомендуем|популярное|самое читаемое|материалы по теме|по теме|другие новости|новости по теме
предыдущая статья|следующая статья|предыдущая запись|следующая запись|назад|вперёд|вперед|наверх
комментарии|комментарий|оставить комментарий|оставьте комментарий|ответить|добавить комментарий
подписаться|подпишитесь|войти|вход|регистрация|рассылка|подписка на рассылку
о нас|о проекте|контакты|политика конфиденциальности|пользовательское соглашение|реклама|все права защищены|метки|теги|рубрики|категории|архив
suche|suchen|suchbegriff|schließen|suche schließen|menü|hauptmenü|navigation|startseite|zum inhalt springen|zum inhalt|direkt zum inhalt
teilen|artikel teilen|diesen artikel teilen|beitrag teilen|auf facebook teilen|per e-mail teilen|link kopieren
drucken|artikel drucken|seite drucken|weiterlesen|mehr lesen|mehr erfahren|mehr|das könnte sie auch interessieren|auch interessant|lesen sie auch|ähnliche beiträge|ähnliche artikel|verwandte artikel|empfehlungen|meistgelesen|beliebt
vorheriger artikel|nächster artikel|vorheriger beitrag|nächster beitrag|zurück|weiter|nach oben|zurück nach oben
kommentare|kommentar|kommentar schreiben|kommentar verfassen|antworten|hinterlasse einen kommentar
abonnieren|jetzt abonnieren|anmelden|einloggen|registrieren|newsletter abonnieren|folgen sie uns
über uns|kontakt|impressum|datenschutz|datenschutzerklärung|agb|nutzungsbedingungen|cookie-einstellungen|akzeptieren|alle akzeptieren|ablehnen|anzeige|werbung|alle rechte vorbehalten|schlagwörter|kategorien|archiv
`
    .split(/[|\n]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0),
);

/** Labels that are furniture only next to other furniture, at the edges of the page ("Content" above the share buttons). */
export const EDGE_LINES: ReadonlySet<string> = new Set(
  `content|contents|table of contents|author|source|photo|inhalt|inhaltsverzeichnis|autor|quelle|foto|содержание|оглавление|автор|источник|фото|english|deutsch|русский|en|de|ru`.split(
    '|',
  ),
);

/** Lines of furniture with something variable in them: counters, dates of posting, copyright. */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^(?:share|teilen|поделиться)\b.{0,40}$/iu,
  /^\d+\s+(?:comments?|kommentare?|комментари[йяев]*|shares?|views?|просмотр\p{L}*|aufrufe)$/iu,
  /^(?:©|\(c\)|copyright\b)/iu,
  /^(?:posted|published|updated|veröffentlicht|aktualisiert|опубликовано|обновлено)\b.{0,60}$/iu,
  /^(?:tags|schlagwörter|метки|теги)\s*:/iu,
  /^(?:this (?:web)?site uses cookies|diese (?:web)?seite verwendet cookies|этот сайт использует (?:cookie|файлы cookie))/iu,
];
