"""The language of an article, from the letters of its text: "en", "ru" or "kk".

- "ru" when more than half of the letters are Cyrillic;
- "kk" instead when the letters of Kazakh that Russian lacks (ә ғ қ ң ө ұ ү һ і) are at least
  3 % of the Cyrillic letters: Kazakh prose has about 10 %, a Russian text quoting a Kazakh
  name a fraction of 1 %;
- "en" otherwise, including text with no letters.

Kyrgyz, Tajik and Uzbek Cyrillic share some of these letters and would read as "kk"; the
dumps are English and Russian, and no other code is produced. Only the opening of the text
is read: a few thousand letters decide as well as the whole.
"""

import re

_SAMPLE_CHARS = 3000
_CYRILLIC_MAJORITY = 0.5
_KAZAKH_SHARE = 0.03
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def guess_language(text: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    if not letters or cyrillic <= letters * _CYRILLIC_MAJORITY:
        return "en"
    kazakh = len(_KAZAKH.findall(sample))
    return "kk" if kazakh >= cyrillic * _KAZAKH_SHARE else "ru"
