/**
 * Abstention's gate on a question for a name (src/search/abstain-asked-name.ts): "what is the
 * name of the man who was arrested", "what was the name of the pharmacist", "who is the team's
 * mechanic" are answered only by a passage that names who or what is asked, beside the noun
 * that describes it. Tiny invented corpora: the arrest without a name (beside an officer who is
 * named), then with it; a hearing whose pharmacist and mechanic go unnamed, then named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  askedNameHeld,
  modifierConcepts,
  namedBeside,
  namedNoun,
  namedPerson,
  otherOffice,
} from '../../src/search/abstain-asked-name.js';
import { passageWordsOf } from '../../src/search/plan/asked-words.js';
import { stem } from '../../src/text/terms.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

/** The arrest; the only full name is the officer's, in the next sentence. */
const UNNAMED: SearchFixtureArticle = {
  id: 'arrest',
  title: 'Man arrested after Harrow Moor fire',
  outlet: 'Harrow Gazette',
  published: '2025-05-10',
  paragraphs: [
    ['A 19-year-old man from Brindle has been arrested on suspicion of arson.'],
    ['Detective Inspector Ruth Calder said the investigation was continuing.'],
    ['Police said the man was arrested on Friday and released under investigation.'],
  ],
};

/** The man named, in a sentence of its own that leans on the one before (its paragraph's). */
const NAMED: SearchFixtureArticle = {
  id: 'arrest-named',
  title: 'Brindle man charged over moor fire',
  outlet: 'Harrow Post',
  published: '2025-05-20',
  paragraphs: [
    [
      'The man arrested after the Harrow Moor fire has been charged with arson.',
      'He is Owen Pryce, 19, of Mill Lane, Brindle.',
    ],
  ],
};

describe('the person a question asks the name of', () => {
  it('is the noun after "the name of" when it names people', () => {
    expect(namedPerson('what is the name of the man who was arrested')).toBe('man');
    expect(namedPerson("what's the name of the spokeswoman")).toBe('spokeswoman');
  });

  it('is none for other names and other questions', () => {
    expect(namedPerson('what is the name of the firm that built the weir')).toBeNull();
    expect(namedPerson('who was arrested')).toBeNull();
  });
});

describe('the gate', () => {
  // Building reads WordNet: slow on a busy machine, so once, before the timed tests.
  beforeAll(() => void engineOver(UNNAMED), 120_000);

  it('refuses when no passage about the person names them', () => {
    const { engine } = engineOver(UNNAMED);
    expect(engine.ask('what is the name of the man who was arrested').answered).toBe(false);
  });

  it('answers with the passage that names the person', () => {
    const { engine } = engineOver(UNNAMED, NAMED);
    const answer = engine.ask('what is the name of the man who was arrested');
    expect(answer.answered).toBe(true);
    expect(answer.passages.some((p) => p.quote.includes('Owen Pryce'))).toBe(true);
  });
});

/** A hearing: a pharmacist and a mechanic spoken of, neither named. */
const HEARING: SearchFixtureArticle = {
  id: 'hearing',
  title: "Cyclist's appeal heard in Bern",
  outlet: 'Bernese Courier',
  published: '2026-09-08',
  paragraphs: [
    ['Nine witnesses gave evidence, including a pharmacist from Bergen.'],
    ["The team's mechanic had prepared her bottles before the stage."],
    ['Her uncle told the panel he had kept the tablets in the team car.'],
  ],
};

/** The same hearing's second day: the pharmacist and the mechanic named. */
const SECOND_DAY: SearchFixtureArticle = {
  id: 'second-day',
  title: 'Pharmacist tells panel of tablets',
  outlet: 'Bernese Courier',
  published: '2026-09-09',
  paragraphs: [
    ['The pharmacist, Ola Brekke, told the panel she had sold the tablets in May.'],
    ["Lukas Imhof, the team's mechanic, said he had filled the bottles from a sealed tap."],
  ],
};

describe('what a question asks the name of', () => {
  it('is the noun after "the name of", before "called", or after "who is the"', () => {
    expect(namedNoun('what was the name of the pharmacist?')).toEqual({
      noun: 'pharmacist',
      person: false,
      form: 'name',
      restricted: false,
      owner: null,
    });
    expect(namedNoun('what is the ship called')?.noun).toBe(stem('ship'));
    expect(namedNoun('what were the names of the other two witnesses')?.noun).toBe(
      stem('witnesses'),
    );
    expect(namedNoun("who is Bellhaven's technical director?")).toEqual({
      noun: 'director',
      person: true,
      form: 'who',
      restricted: true,
      owner: 'bellhaven',
    });
    expect(namedNoun("who is the team's mechanic")?.noun).toBe(stem('mechanic'));
    expect(namedNoun('who is the interior minister')?.owner).toBeNull();
  });

  it('is the owner of "name" in the s-genitive, when a determiner or a genitive stands before it', () => {
    // "Her husband's name" is "the name of her husband" (Quirk et al. 1985, §5.115).
    expect(namedNoun("what is the pharmacist's name?")).toEqual({
      noun: 'pharmacist',
      person: false,
      form: 'name',
      restricted: false,
      owner: null,
    });
    expect(namedNoun("What is Brekke's husband's name?")?.noun).toBe(stem('husband'));
    expect(namedNoun("whats the team's mechanic's name")?.noun).toBe(stem('mechanic'));
    // A proper name takes no determiner: the rest of a name the question gives is asked.
    expect(namedNoun("what is Brekke's name")).toBeNull();
    expect(namedNoun("what's Brekke's first name")).toBeNull();
    // Another attribute of the owner is no name.
    expect(namedNoun("what is the pharmacist's address")).toBeNull();
  });

  it('is none when "who" asks the doer of a verb, or an adjective follows', () => {
    expect(namedNoun('who was arrested')).toBeNull();
    expect(namedNoun('who is responsible for the delay')).toBeNull();
    expect(namedNoun('who did the board thank')).toBeNull();
    // A progressive: who takes part in the council's act, no office's holder.
    expect(namedNoun('who is the council working with?')).toBeNull();
    expect(namedNoun('who is the king')?.noun).toBe(stem('king'));
    // A passive's verb past the noun phrase: its subject is an argument, no office.
    expect(namedNoun('who was the treaty of holston made with')).toBeNull();
  });

  it('reads a place past the noun phrase ending like a participle as no verb', () => {
    expect(namedNoun('who is the harbour master at porthaven')?.noun).toBe(stem('master'));
    expect(namedNoun('who is the mayor of dunhaven')?.noun).toBe(stem('mayor'));
  });
});

describe('a name beside the noun', () => {
  const beside = (text: string, noun: string, asked: string[] = []) => {
    const words = passageWordsOf(text);
    return namedBeside(text, words, words.stems.indexOf(stem(noun)), 1, new Set(asked));
  };

  it('stands in apposition, after "named", or in its phrase', () => {
    expect(beside('The pharmacist, Ola Brekke, gave evidence.', 'pharmacist')).toBe(true);
    expect(beside('Brekke, a pharmacist from Bergen, gave evidence.', 'pharmacist')).toBe(true);
    expect(beside('A pharmacist named Ola Brekke gave evidence.', 'pharmacist')).toBe(true);
    expect(beside('Lafayette sailed home on the frigate Brandywine.', 'frigate')).toBe(true);
    expect(beside('Bellhaven chief executive Gareth Lindqvist spoke.', 'executive')).toBe(true);
    expect(beside('The Bergen pharmacist gave evidence.', 'pharmacist')).toBe(false);
  });

  it('is not a name elsewhere in the sentence, nor a word of the question', () => {
    expect(
      beside('Nine witnesses gave evidence, including a pharmacist from Bergen.', 'pharmacist'),
    ).toBe(false);
    expect(beside("She wrote to the company's technical director in Bergen.", 'director')).toBe(
      false,
    );
    expect(beside('The Bergen pharmacist gave evidence.', 'pharmacist', ['bergen'])).toBe(false);
  });

  it('is no function word opening the sentence, nor a day or a month', () => {
    expect(beside('Also, a pharmacist gave evidence.', 'pharmacist')).toBe(false);
    expect(beside('The panel meets on Thursday, a pharmacist said.', 'pharmacist')).toBe(false);
    expect(beside('The panel met in May, a pharmacist said.', 'pharmacist')).toBe(false);
    // A month ending a name run is a name: "Theresa May".
    expect(beside('Theresa May, a pharmacist, gave evidence.', 'pharmacist')).toBe(true);
  });
});

describe('an office narrowed otherwise than the question narrows it', () => {
  const other = (text: string, noun: string, question: string) => {
    const words = passageWordsOf(text);
    const own = new Set(question.split(' ').map(stem));
    return otherOffice(text, words, words.stems.indexOf(stem(noun)), own);
  };
  const asked = 'who is the interior minister';

  it('is one classified by a proper word or a noun the question lacks', () => {
    expect(other('Prime Minister Roman Golovko spoke.', 'minister', asked)).toBe(true);
    expect(other('The finance minister, Roman Golovko, spoke.', 'minister', asked)).toBe(true);
  });

  it('is not the asked office, nor one described by an adjective or given an owner', () => {
    expect(other('Interior Minister Ivan Kubrakov spoke.', 'minister', asked)).toBe(false);
    expect(other('The new minister, Ivan Kubrakov, spoke.', 'minister', asked)).toBe(false);
    expect(other("The ministry's minister spoke.", 'minister', asked)).toBe(false);
    expect(other('Minister Ivan Kubrakov spoke.', 'minister', asked)).toBe(false);
  });

  it('is the asked office narrowed further when a phrase after it holds the question’s classifier', () => {
    const port = 'who is the port officer';
    const text = 'Ana Vell, the senior operations officer at Kelby port authority, spoke.';
    expect(other(text, 'officer', port)).toBe(false);
    // Past a comma the phrase is another's: the classifier is not said of the noun.
    expect(other('The operations officer at Kelby, in the port, spoke.', 'officer', port)).toBe(
      true,
    );
    expect(other('The operations officer at Kelby spoke.', 'officer', port)).toBe(true);
  });

  it('is another owner’s when the question names the owner and the passage another', () => {
    const owned = (text: string) => {
      const words = passageWordsOf(text);
      const own = new Set("who is skyvale's chief executive".split(' ').map(stem));
      return otherOffice(
        text,
        words,
        words.stems.indexOf(stem('executive')),
        own,
        new Set([stem('skyvale')]),
      );
    };
    expect(owned('Airport chief executive Margaret Olowe spoke.')).toBe(true);
    expect(owned("Margaret Olowe, the airport's chief executive, spoke.")).toBe(true);
    expect(owned('Skyvale Airways chief executive Dan Reyes spoke.')).toBe(false);
    expect(owned("Skyvale's chief executive, Dan Reyes, spoke.")).toBe(false);
    expect(owned('The chief executive, Dan Reyes, spoke.')).toBe(false);
    // A demonym names its place's office: compared by the first letters.
    const words = passageWordsOf('Belarusian Interior Minister Ivan Kubrakov spoke.');
    const own = new Set("who is belarus' interior minister".split(' ').map(stem));
    const at = words.stems.indexOf(stem('minister'));
    expect(
      otherOffice(
        'Belarusian Interior Minister Ivan Kubrakov spoke.',
        words,
        at,
        own,
        new Set([stem('belarus')]),
      ),
    ).toBe(false);
  });

  it('is read only when the question narrows the office', () => {
    expect(namedNoun('who is the interior minister')?.restricted).toBe(true);
    expect(namedNoun('what is the name of the head of the guard')?.restricted).toBe(true);
    expect(namedNoun('who is the minister')?.restricted).toBe(false);
  });
});

/** A ministry: the prime minister named, the interior minister and a spokesman not. */
const MINISTRY: SearchFixtureArticle = {
  id: 'ministry',
  title: 'Interior ministry signs policing pact',
  outlet: 'Minsk Ledger',
  published: '2026-03-02',
  paragraphs: [
    ['Prime Minister Roman Golovko ordered talks on the policing pact in January.'],
    ['The interior minister signed the policing pact in Minsk on Monday.'],
    ['The pact takes effect on Thursday, a ministry spokesman said.'],
    ['The guard has led patrols on the border since 2016, Golovko said.'],
  ],
};

/** The interior minister named beside the office. */
const MINISTER_NAMED: SearchFixtureArticle = {
  id: 'minister-named',
  title: 'Kubrakov signs pact',
  outlet: 'Minsk Herald',
  published: '2026-03-03',
  paragraphs: [['Interior Minister Ivan Kubrakov signed the policing pact in Minsk.']],
};

/** The port's officer named with an age, narrowed by another noun and placed by "at". */
const HARBOUR_OFFICER: SearchFixtureArticle = {
  id: 'harbour-officer',
  title: 'Fuel leak closes Kelby quay',
  outlet: 'Kelby Echo',
  published: '2026-04-02',
  paragraphs: [
    [
      'Ana Vell, 52, the senior operations officer at the Kelby port authority, said the leak was contained.',
    ],
  ],
};

describe('the gate on an office named with a classifier after it', () => {
  it('answers with the passage naming the holder', () => {
    const answer = engineOver(MINISTRY, HARBOUR_OFFICER).engine.ask('who is the port officer');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Ana Vell');
  }, 120_000);
});

describe('the gate on the holder of a narrowed office', () => {
  beforeAll(() => void [engineOver(MINISTRY), engineOver(MINISTRY, MINISTER_NAMED)], 120_000);

  it('refuses when the only names are another office holder, a day, or a verb form’s', () => {
    const { engine } = engineOver(MINISTRY);
    expect(engine.ask('who is the interior minister').answered).toBe(false);
    expect(engine.ask('what is the name of the ministry spokesman').answered).toBe(false);
    expect(engine.ask('what is the name of the head of the guard').answered).toBe(false);
  });

  it('reads no other office into a thing’s premodifiers', () => {
    const schooner: SearchFixtureArticle = {
      id: 'schooner',
      title: 'Schooner takes cruiser',
      outlet: 'Minsk Herald',
      published: '2026-03-05',
      paragraphs: [['The United States schooner Enterprise fought a Tripolitan cruiser.']],
    };
    const engine = engineOver(MINISTRY, schooner).engine;
    expect(engine.ask('what was the name of the little schooner').answered).toBe(true);
  }, 60_000);

  it('answers with the passage naming the asked office’s holder', () => {
    const answer = engineOver(MINISTRY, MINISTER_NAMED).engine.ask('who is the interior minister');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Ivan Kubrakov');
  });
});

/** An airport's and an airline's chief executives, each beside the owner's name. */
const AIRPORT: SearchFixtureArticle = {
  id: 'airport',
  title: 'Airport and airline at odds over refunds',
  outlet: 'Kelby Courier',
  published: '2026-03-17',
  paragraphs: [
    ['Airport chief executive Margaret Olowe rejected the airline’s position on refunds.'],
    ["Margaret Olowe, the airport's chief executive, said the runway would reopen in May."],
    ['Skyvale said passengers should claim from the airport.'],
  ],
};
const AIRLINE: SearchFixtureArticle = {
  id: 'airline',
  title: 'Skyvale answers critics',
  outlet: 'Kelby Post',
  published: '2026-03-18',
  paragraphs: [['Skyvale Airways chief executive Dan Reyes said refunds would be paid in April.']],
};

describe('the gate on the holder of an owned office', () => {
  beforeAll(() => void [engineOver(AIRPORT), engineOver(AIRPORT, AIRLINE)], 120_000);

  it('refuses when the only holders named are another owner’s', () => {
    expect(engineOver(AIRPORT).engine.ask("who is skyvale's chief executive").answered).toBe(false);
    expect(engineOver(AIRPORT).engine.ask("who is the airport's chief executive").answered).toBe(
      true,
    );
  });

  it('answers with the passage naming the owner’s office holder', () => {
    const answer = engineOver(AIRPORT, AIRLINE).engine.ask("who is skyvale's chief executive");
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Dan Reyes');
  });
});

describe('the gate on a name of anyone', () => {
  beforeAll(() => void [engineOver(HEARING), engineOver(HEARING, SECOND_DAY)], 120_000);

  it('refuses when no passage about the pharmacist or the mechanic names them', () => {
    const { engine } = engineOver(HEARING);
    expect(engine.ask('what was the name of the pharmacist?').answered).toBe(false);
    expect(engine.ask("who is the team's mechanic").answered).toBe(false);
  });

  it('answers with the passage that names them', () => {
    const { engine } = engineOver(HEARING, SECOND_DAY);
    const pharmacist = engine.ask('what was the name of the pharmacist?');
    expect(pharmacist.answered).toBe(true);
    expect(pharmacist.passages[0]?.quote).toContain('Ola Brekke');
    const mechanic = engine.ask("who is the team's mechanic");
    expect(mechanic.answered).toBe(true);
    expect(mechanic.passages[0]?.quote).toContain('Lukas Imhof');
  });

  it('refuses the names of "the other" witnesses when none is named beside the noun', () => {
    const { engine } = engineOver(HEARING);
    expect(engine.ask('what were the names of the other witnesses?').answered).toBe(false);
  });

  it('reads a name asked by the s-genitive as one asked by "the name of"', () => {
    expect(engineOver(HEARING).engine.ask("what is the pharmacist's name?").answered).toBe(false);
    const named = engineOver(HEARING, SECOND_DAY).engine.ask("what is the pharmacist's name?");
    expect(named.answered).toBe(true);
    expect(named.passages[0]?.quote).toContain('Ola Brekke');
  });
});

describe('a thing asked by what it does', () => {
  // The council's scheme is spoken of as a "programme" nowhere near its name; the sentence that
  // names it calls it an effort and says what it does in the question's words.
  const FLOOD: SearchFixtureArticle = {
    id: 'flood-scheme',
    title: 'Council backs flood plan',
    outlet: 'Tarnby Echo',
    published: '2026-02-11',
    paragraphs: [
      ['The council approved a new programme of works on Tuesday.'],
      [
        'It also backed an effort to protect riverside homes from flooding, called Project Weirgate.',
      ],
      ['The harbour authority published its annual report on Friday.'],
    ],
  };

  it('is the words of the modifier after the noun', () => {
    const { index } = engineOver(FLOOD);
    const plan = index.rank(
      'what is the name of the programme to protect homes from flooding',
    ).plan;
    const labels = modifierConcepts(plan, stem('programme')).map((c) => plan.concepts[c]?.label);
    expect(labels).toEqual(expect.arrayContaining(['protect', 'homes', 'flooding']));
    expect(
      modifierConcepts(index.rank('what is the name of the programme').plan, stem('programme')),
    ).toEqual([]);
  }, 60_000);

  it('is named by "called" in a sentence saying what it does, whatever noun it is given there', () => {
    const { index } = engineOver(FLOOD);
    const held = (question: string) => askedNameHeld(index.abstentionInput(index.rank(question)));
    expect(held('what is the name of the programme to protect homes from flooding')).toBe(true);
    // No modifier: the programme spoken of is not named, and the effort is no programme.
    expect(held('what is the name of the programme of works')).toBe(false);
    // The modifier's words in no naming sentence.
    expect(held('what is the name of the programme to repair the harbour wall')).toBe(false);
  }, 60_000);
});

/**
 * The Northern Star: its captain spoken of in a clause beside another whose subject is named
 * (the mayor), and a harbourmaster named in a sentence of the ship, none naming the captain.
 */
const CROSSING: SearchFixtureArticle = {
  id: 'crossing',
  title: 'Northern Star returns to Kelby',
  outlet: 'Kelby Courier',
  published: '2026-04-02',
  paragraphs: [
    [
      'The Northern Star docked at Kelby on Tuesday after a stormy crossing, harbourmaster Tom Reed said.',
    ],
    [
      'The captain of the Northern Star praised the crew, and Mayor Ellen Shaw thanked the coastguard.',
    ],
    ['Passengers said the ship rolled heavily for two hours.'],
  ],
};

/** The captain named, in each way news writing names a role's holder beside it. */
const CAPTAIN_NAMED = (sentence: string): SearchFixtureArticle => ({
  id: 'captain-named',
  title: 'Northern Star captain speaks',
  outlet: 'Kelby Post',
  published: '2026-04-03',
  paragraphs: [[sentence]],
});

const CAPTAIN_QUESTIONS = [
  'what is the captain of the Northern Star called?',
  'what is the name of the captain of the Northern Star?',
  'who is the captain of the Northern Star?',
];

describe('a name in the clause that speaks of the asked noun', () => {
  beforeAll(() => void engineOver(CROSSING), 120_000);

  it('reads "what is X called" of a role when "called" ends the question, however long X is', () => {
    expect(namedNoun('what is the captain of the Northern Star called?')).toEqual({
      noun: stem('captain'),
      person: true,
      form: 'name',
      restricted: true,
      owner: null,
    });
    // A word after "called" tells another verb ("call for"): no name is asked.
    expect(namedNoun('what was the reform the mayor of the town called for?')).toBeNull();
    // A thing is told again by other nouns ("the scheme", "the sea wall"): only a role's holder
    // is read so.
    expect(namedNoun('what is the harbour repair project in Kelby called?')).toBeNull();
  });

  it('stands in apposition to the noun and its of-phrase', () => {
    const text = 'The captain of the Northern Star, Ana Ruiz, said the crossing was rough.';
    const words = passageWordsOf(text);
    const at = words.stems.indexOf(stem('captain'));
    const asked = new Set([stem('captain'), stem('northern'), stem('star')]);
    expect(namedBeside(text, words, at, 1, asked)).toBe(true);
    // No comma: the capitalised word goes on the of-phrase's name, naming no one.
    const plain = 'The captain of the Northern Star Line said the crossing was rough.';
    const plainWords = passageWordsOf(plain);
    expect(
      namedBeside(plain, plainWords, plainWords.stems.indexOf(stem('captain')), 1, asked),
    ).toBe(false);
  });

  it('refuses when the only names stand in another clause or another sentence', () => {
    const { engine } = engineOver(CROSSING);
    for (const question of CAPTAIN_QUESTIONS)
      expect(engine.ask(question).answered, question).toBe(false);
  });

  it('answers when the captain is named beside the noun', () => {
    for (const sentence of [
      'The captain of the Northern Star, Ana Ruiz, said the crossing was the worst of her career.',
      'Captain Ana Ruiz said the Northern Star had met the worst crossing of her career.',
      'The Northern Star’s captain, Ana Ruiz, said the crossing was the worst of her career.',
    ]) {
      const { engine } = engineOver(CROSSING, CAPTAIN_NAMED(sentence));
      for (const question of CAPTAIN_QUESTIONS) {
        const answer = engine.ask(question);
        expect(answer.answered, `${question} / ${sentence}`).toBe(true);
        expect(answer.passages.some((p) => p.quote.includes('Ana Ruiz'))).toBe(true);
      }
    }
  }, 120_000);
});

/** A dispute whose mediator is spoken of, unnamed; then named in the clause of the office. */
const TALKS: SearchFixtureArticle = {
  id: 'talks',
  title: 'Tram drivers agree to talks',
  outlet: 'Harbour Gazette',
  published: '2026-04-10',
  paragraphs: [
    ['A mediator will be appointed in the dispute between the tram drivers and the operator.'],
    ['The drivers say their shifts are too long.'],
  ],
};
const MEDIATOR_NAMED: SearchFixtureArticle = {
  id: 'mediator-named',
  title: 'Judge to chair tram talks',
  outlet: 'Harbour Post',
  published: '2026-04-12',
  paragraphs: [
    ['Former judge Helen Marsh was appointed mediator in the dispute on Friday.'],
    ['Talks will resume next week at the town hall.'],
  ],
};

describe('the gate on "who is the ROLE", its noun not a person noun of the lists', () => {
  beforeAll(() => void [engineOver(TALKS), engineOver(TALKS, MEDIATOR_NAMED)], 120_000);

  it('reads the holder as a person, as "who" asks', () => {
    expect(namedNoun('who is the mediator in the tram dispute')?.person).toBe(true);
  });

  it('refuses when the mediator goes unnamed', () => {
    expect(engineOver(TALKS).engine.ask('who is the mediator in the dispute').answered).toBe(false);
  });

  it('answers with a person named in the clause of the office', () => {
    const answer = engineOver(TALKS, MEDIATOR_NAMED).engine.ask(
      'who is the mediator in the dispute',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Helen Marsh');
  });
});
