import { readSample } from '../test-support/golden-rules';
import { splitSentences } from './split-sentences';

// /work/shared/samples/rabochaya-vlast-1992.txt, an English leaflet saved from a web page:
// every paragraph checked by eye — headings and menu lines stay whole, each sentence of the long
// paragraphs is one segment, "…in Moscow, 7 November 1992" is one segment.
const EXPECTED = [
  'Search',
  'Close this search box.',
  'Down with capitalism!',
  'Down with Stalinism!',
  'Rabochaya Vlast',
  'Forward to a new red October!',
  'Rabochaya Vlast leaflet distributed in Moscow, 7 November 1992',
  // ¶ 1
  '75 years ago the Bolsheviks under Lenin and Trotsky the led the proletariat to the seizure of power in our country.',
  'They established the first workers’ state in the world, the revolutionary dictatorship of the proletariat.',
  'However by 1923 with the failure of the uprising in Germany, the strategy of internationalising the revolution, always at the core of the Bolsheviks’ programme, suffered a significant setback which in turn strengthened the forces of counter revolution in the new Soviet state, leading to the seizure of power by the Stalinist bureaucracy.',
  // ¶ 2
  'This political counter-revolution destroyed workers’ democracy, terrorised and destroyed the proletarian vanguard, the revolutionary Bolshevik party.',
  'It succeeded in passing political power into the hands of a bureaucratic caste whose policy was in no sense based on the interests of the proletariat and the world revolution but on its narrow parasitic caste interests and privileges.',
  'It created an obstacle to the advance of the world revolution both nationally and internationally, a brutal anti-working class dictatorship which from the very beginning of its rule undermined the post capitalist property relations established by the October revolution.',
  // ¶ 3: a full stop after a closing quotation mark
  'It did so most notably by alienating the Soviet proletariat and its allies from the workers’ state.',
  'Instead of workers’ democracy the Stalinists established a ruthless dictatorship over the proletariat, a repulsive caricature of “socialism”.',
  'Instead of fighting anti-Semitism and the great Russian chauvinism, the Stalinists used the anti-Semitic sentiments in Russian society to purge the most prominent leaders of the Bolshevik party after Lenin – Trotsky, Bukharin, Zinoviev, Kamenev and thousands more.',
  'Instead of liberating the oppressed nations and winning them to a truly voluntary union, they made the Soviet Union into a Stalinist prison house of nations.',
  // ¶ 4
  'And it is the very same bureaucracy whose different wings are now trying to achieve what even Stalin and his butchers were unable to do: to restore capitalist exploitation.',
  'Capitalism means unemployment, price rises, the further inflaming of national hatred.',
  'It means production for the profit of the few, not for the needs of the workers.',
  'The results of this can already be seen.',
  'Since Yeltsin came to power after the failed August coup, living standards in the CIS have sharply deteriorated, bad as they already were.',
  'Now the government has started a mass privatisation programme, which, if accomplished, will lead to mass factory closures, throwing millions of workers onto the streets.',
  'That is what Gaidar and his government offer the workers.',
  // ¶ 5
  'Volsky’s Russian Union of Industrialists and Entrepreneurs, the parliamentary chairman Khasbulatov and vice-president Rutskoi who represent the high ranks of the old industrial and military bureaucracy do not represent an alternative for the working class either.',
  'Their opposition to mass privatisation is only dictated by their own interest to preserve their power and themselves become the ruling class or its lackeys in a future state capitalist Russia.',
  'Their reactionary nature can be seen by their Great Russian chauvinism.',
  'They do no disagree with Gaidar on the issue that it will be the workers who have to pay for the restructuring of Russian industry.',
  'All they disagree about is the speed and form of this process.',
  // ¶ 6
  'Equally the red-brown alliances of the successor parties of the CPSU and their extreme right, fascist and anti-Semitic allies, are no alternative for workers.',
  'Their only concern is to preserve a Greater Russian state, not the rights of the workers and nationalities.',
  'They do not give a damn for workers’ rights or workers’ democracy.',
  'If they came to power they would establish a bloody dictatorship.',
  // ¶ 7
  'None of these forces is offering a way forward for the workers.',
  'On the contrary, all these rulers and would-be rulers are anti-democratic and anti-working class to the core.',
  'In order to defend themselves against the governmental attacks the workers cannot rely on the opposition in parliament or the red-brown demonstrations.',
  // ¶ 8
  'The problem today is that after decades of Stalinist dictatorship, the Russian workers are politically disorientated and under the misleadership of open bourgeois, reformist and Stalinist forces.',
  'They lack and independent class perspective and strategy for the struggle in the factories, in the offices, in the communities.',
  'Protests and strike actions must be built and linked together into a generalised fightback of the workers in the whole Russian republic.',
  // ¶ 9
  'However, in order to be able to defeat the government’s onslaught and reverse its anti-working class policies, an alternative proletarian leadership, a new revolutionary party of the working class must be built.',
  'It must be a party in the tradition of Lenin and Trotsky, of October 1917 that can combine the struggle for the workers’ immediate needs with the struggle for working class power.',
  'We need this power today to resolve the acute economic crisis by creating a democratic plan in the interests of the producers, not of the old bureaucracy or the new capitalists and speculators.',
  'We need a real dictatorship of the proletariat based on workers’ councils and a workers’ militia.',
  // ¶ 10
  'The supporters of RV, the Russian paper of the League for a Revolutionary Communist International, are committed to this goal.',
  'We ask every working class fighter, every militant student who wants to struggle for a progressive outcome of the current crisis: Contact us!',
  'Join our ranks!',
  // page footer: one segment per line
  'Content',
  'You should also read',
  ...['Share this Article', 'Facebook', 'Twitter', 'WhatsApp', 'Print', 'Reddit', 'Telegram'],
  ...['Share this Article', 'Facebook', 'Twitter', 'WhatsApp', 'Print', 'Reddit', 'Telegram'],
];

describe('the Rabochaya Vlast leaflet (English, 1992)', () => {
  const text = readSample('rabochaya-vlast-1992.txt');
  const spans = splitSentences(text, 'en');

  it('is segmented sentence by sentence and line by line', () => {
    expect(spans.map((span) => span.text)).toEqual(EXPECTED);
  });

  it('can be rebuilt exactly from the segments and the whitespace between them', () => {
    let rebuilt = '';
    let at = 0;
    for (const span of spans) {
      expect(text.slice(at, span.start).trim()).toBe('');
      rebuilt += text.slice(at, span.start) + span.text;
      at = span.end;
    }
    expect(rebuilt + text.slice(at)).toBe(text);
  });
});
