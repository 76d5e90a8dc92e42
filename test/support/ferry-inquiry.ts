/**
 * Two invented articles: an inquiry report published and its recommendations told beside a
 * timetable published and another count of recommendations, and a harbour article telling of
 * no report. Shared by the tests of framing nouns ("the report") and of an article noun the
 * coverage tells of ("when was the report published?").
 */

const ARTICLE = (id: string, title: string, ...sentences: string[]) => ({
  id,
  title,
  published: '2026-03-02',
  paragraphs: sentences.map((sentence) => [sentence]),
});

/** The two articles, for `engineOver(...FERRY_INQUIRY)`. */
export const FERRY_INQUIRY = [
  ARTICLE(
    'inquiry',
    'Ferry fire inquiry',
    'The ferry timetable for the summer was published on 2 April.',
    'The coroner made three recommendations to the operator in June.',
    'The inquiry report was published on 12 March.',
    'The report made 14 recommendations, including new fire doors.',
  ),
  ARTICLE(
    'harbour',
    'Harbour works',
    'Harbour works will start in May.',
    'The council published the tender on 3 February.',
  ),
];
