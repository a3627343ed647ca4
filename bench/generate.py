"""Invented page dumps in the site's layouts, for the import benchmark.

``generate(folder, articles=5000, files=50, seed=0)`` writes ``files`` dumps holding ``articles``
distinct articles between them, cycling through four layouts: rivers with author boxes, rivers
with ``Avatar`` staff boxes, headline rivers under a currency ticker, and listings whose long
entries are cut to 500-word excerpts. Listings also repeat some long articles of the other files
as excerpts, so the importer's merge path has work. The text comes from a small vocabulary
around real place and leader names, so the tagger has countries and topics to find. The output
depends only on the arguments.

    python bench/generate.py OUT_DIR [--articles N] [--files F] [--seed S]
"""

import argparse
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

NBSP = "\u00a0"
EXCERPT_WORDS = 500
FIRST_PAGE_DATE = date(2025, 12, 8)

# name, adjective, capital, another city, leader
COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana", "Almaty", "Tokayev"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek", "Osh", "Japarov"),
    ("Tajikistan", "Tajik", "Dushanbe", "Khujand", "Rahmon"),
    ("Turkmenistan", "Turkmen", "Ashgabat", "Turkmenbashi", "Berdimuhamedov"),
    ("Uzbekistan", "Uzbek", "Tashkent", "Samarkand", "Mirziyoyev"),
]
PARTNERS = ["China", "Russia", "Turkey", "Japan", "Germany", "South Korea", "Iran", "Afghanistan"]
VERBS = ["Signs", "Opens", "Plans", "Expands", "Launches", "Backs", "Delays", "Approves", "Funds"]
OBJECTS = [
    ("Railway Link", "railway link"),
    ("Water Agreement", "water agreement"),
    ("Solar Plant", "solar plant"),
    ("Grain Terminal", "grain terminal"),
    ("Election Law", "election law"),
    ("Gas Pipeline", "gas pipeline"),
    ("Border Market", "border market"),
    ("Film Festival", "film festival"),
    ("Cotton Exports", "cotton export plan"),
    ("Digital Courts", "digital court system"),
    ("Migrant Quotas", "migrant quota scheme"),
    ("Wind Farm", "wind farm"),
    ("Children’s Hospital", "children’s hospital"),
    ("Airport Terminal", "airport terminal"),
    ("Irrigation Canals", "irrigation programme"),
    ("Uranium Mine", "uranium mine"),
    ("Trade Corridor", "trade corridor"),
    ("University Campus", "university campus"),
]
TAILS = ["with {partner}", "Near {city}", "in {city}", "for {capital}", "Before Winter", "by 2030"]
SENTENCES = [
    "President {leader} said the {thing} would change daily life in the {adjective} regions by "
    "{year}.",
    "Officials in {capital} expect the project to cost about {m} million dollars, part of it "
    "lent by banks from {partner}.",
    "The {thing} is one piece of a wider plan to connect the economies of Central Asia.",
    "Critics in {city} asked whether the {thing} would reach the villages that need it most.",
    "Talks with {partner} on the next stage are due to continue in {capital} in the spring.",
    "According to the ministry, some {n} thousand people around {city} will benefit directly.",
    "Trade between {country} and {partner} grew by {p} percent last year, the customs office said.",
    "Engineers warned that the schedule leaves little room for a cold winter or a dry summer.",
    "Local businesses in {city} welcomed the news but asked for clearer rules on tenders.",
    "The {adjective} parliament is expected to debate the budget for the {thing} next month.",
    "Neighbouring governments have asked to see the plans before work begins on the ground.",
]
SUBHEADINGS = [
    "What the plan means for farmers",
    "How the money will be spent",
    "Reaction from the neighbours",
    "Questions about the cost",
    "The view from the regions",
    "What comes next",
]
CREDITS = ["photo: akorda.kz", "Image: TCA, Timur Abdullaev", "@norma.uz", "@http://president.tj"]
# name, bio opening (the box may show only the outlet's name above it)
WRITERS = [
    ("Sarah Whitcombe", "Sarah Whitcombe MA, is a former museum curator who writes on culture."),
    ("Rustam Nazarov", "Rustam Nazarov is a Tashkent-based lawyer who follows judicial reform."),
    ("Aigerim Seitkali", "Aigerim Seitkali is a journalist in Almaty covering energy and water."),
    ("Elena Marchenko", "Elena Marchenko is a Bishkek-based analyst of electricity markets."),
]
OUTLET = "Times of Central Asia"
CURRENCIES = [
    ("KGS", 0.01143),
    ("KZT", 0.00194),
    ("TJS", 0.10874),
    ("UZS", 0.00008),
    ("TMT", 0.28571),
]
LAYOUTS = ("author-box", "avatar", "headlines", "listing")


@dataclass
class Article:
    title: str
    blocks: list[tuple[str, str]]  # ("p" | "h", text)
    credit: str | None = None
    writer: tuple[str, str] | None = None

    def run_together(self) -> str:
        return " ".join(text for _, text in self.blocks)


@dataclass
class Corpus:
    paths: list[Path] = field(default_factory=list)
    articles: int = 0  # distinct articles
    entries: int = 0  # articles shown, counting listing repeats
    excerpts: int = 0  # entries cut at 500 words
    size: int = 0  # bytes


class Writer:
    """Invents articles; one random generator so the output depends only on the seed."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)
        self.keys: set[str] = set()

    def title(self, country: tuple[str, ...]) -> str:
        """A headline about `country` that no other article has, kind prefixes aside (the
        importer ignores them)."""
        for attempt in range(100):
            title = self._headline(country)
            if attempt == 99:  # the vocabulary is nearly used up: number the phases
                title = f"{title} Phase {len(self.keys)}"
            if title.casefold() not in self.keys:
                break
        self.keys.add(title.casefold())
        roll = self.random.random()
        if roll < 0.08:
            return f"Opinion: {title}"
        return f"Interview: {title}" if roll < 0.12 else title

    def _headline(self, country: tuple[str, ...]) -> str:
        # A real headline names who or where its story is about, as the body does.
        country, _, capital, city, leader = country
        subject = self.random.choice([country, capital, leader])
        tail = self.random.choice(TAILS).format(
            partner=self.random.choice(PARTNERS), city=city, capital=capital
        )
        return f"{subject} {self.random.choice(VERBS)} {self.random.choice(OBJECTS)[0]} {tail}"

    def lede(self, country: tuple[str, ...]) -> str:
        """A first sentence naming who and where, mid-sentence, as a news lede does."""
        country, _, capital, _, leader = country
        return (
            f"The government of {country} and President {leader} announced the plan in {capital}."
        )

    def paragraph(self, sentences: int, country: tuple[str, ...]) -> str:
        country, adjective, capital, city, leader = country
        facts = {
            "country": country,
            "adjective": adjective,
            "capital": capital,
            "city": city,
            "leader": leader,
            "partner": self.random.choice(PARTNERS),
            "thing": self.random.choice(OBJECTS)[1],
            "year": self.random.randint(2026, 2035),
            "m": self.random.randint(12, 950),
            "n": self.random.randint(2, 90),
            "p": self.random.randint(2, 40),
        }
        chosen = self.random.sample(SENTENCES, sentences)
        return " ".join(sentence.format(**facts) for sentence in chosen)

    def article(self, *, long: bool = False, single: bool = False) -> Article:
        """A full article (3-9 paragraphs, a subheading in longer ones) or a one-paragraph one."""
        # Mostly about one country, with an occasional paragraph about a neighbour.
        home, other = self.random.sample(COUNTRIES, 2)
        if single:
            sentences = 11 * 4 if long else self.random.randint(3, 8)
            parts = [self.paragraph(min(11, sentences - i), home) for i in range(0, sentences, 11)]
            parts[0] = f"{self.lede(home)} {parts[0]}"
            return Article(self.title(home), [("p", " ".join(parts))])
        count = self.random.randint(12, 14) if long else self.random.randint(3, 9)
        blocks = [
            ("p", self.paragraph(self.random.randint(3, 6), other if i == 2 else home))
            for i in range(count)
        ]
        blocks[0] = ("p", f"{self.lede(home)} {blocks[0][1]}")
        if count >= 5:
            blocks.insert(count // 2, ("h", self.random.choice(SUBHEADINGS)))
        credit = self.random.choice([*CREDITS, None])
        return Article(self.title(home), blocks, credit, self.random.choice(WRITERS))


# --- layouts -----------------------------------------------------------------------------------


def boxed_river(articles: list[Article], *, avatar: bool) -> list[str]:
    lines: list[str] = []
    for number, article in enumerate(articles):
        if article.credit:
            lines += [article.credit, ""]
        lines += [article.title, ""]
        for kind, text in article.blocks:
            lines += [NBSP, "", text, ""] if kind == "h" else [text, ""]
        if avatar:
            lines += ["Avatar", "", OUTLET, ""]
            continue
        name, bio = article.writer
        shown = OUTLET if number % 2 else name
        lines += ["", shown, "", shown, "", bio, "", f"View more articles from{shown}", ""]
    return lines


def headline_river(articles: list[Article], *, page_date: date, rng: random.Random) -> list[str]:
    ticker = []
    for code, rate in CURRENCIES:
        change = round(rng.uniform(-1, 1), 2) or 0
        ticker.append(f"• {code}/USD = {rate * (1 + change / 100):.5f} {change}%")
    lines = [ticker[0], *(f"  {line}" for line in ticker[1:] + ticker * 2)]
    lines += [page_date.strftime("%d %B %Y"), ""]
    for article in articles:
        lines += [article.title, ""]
        lines += [line for _, text in article.blocks for line in (text, "")]
    return lines


def listing(entries: list[Article], *, total: int) -> tuple[list[str], int]:
    lines = [f"Viewing results 1 - {len(entries)} of {total}", ""]
    excerpts = 0
    for article in entries:
        words = article.run_together().split()
        if len(words) > EXCERPT_WORDS:
            body = " ".join(words[:EXCERPT_WORDS]) + "..."
            excerpts += 1
        else:
            body = " ".join(words)
        lines += [article.title, "", body, ""]
    return lines, excerpts


# --- the corpus --------------------------------------------------------------------------------


def generate(folder: Path, *, articles: int = 5000, files: int = 50, seed: int = 0) -> Corpus:
    """Write the dumps into ``folder`` (created if needed) and say what they hold."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed)
    corpus = Corpus(articles=articles)
    long_full: list[Article] = []  # candidates for listing repeats
    for index in range(files):
        layout = LAYOUTS[index % len(LAYOUTS)]
        count = articles // files + (index < articles % files)
        excerpts = 0
        if layout == "listing":
            own = [writer.article(single=True, long=i % 3 == 0) for i in range(count)]
            repeats = long_full[-max(1, count // 5) :] if long_full else []
            lines, excerpts = listing(own + repeats, total=articles)
            corpus.entries += len(repeats)
        else:
            batch = [writer.article(long=i % 7 == 0) for i in range(count)]
            long_full += [a for a in batch if len(a.run_together().split()) > EXCERPT_WORDS]
            if layout == "headlines":
                page_date = FIRST_PAGE_DATE - timedelta(days=index)
                lines = headline_river(batch, page_date=page_date, rng=writer.random)
            else:
                lines = boxed_river(batch, avatar=layout == "avatar")
        corpus.entries += count
        corpus.excerpts += excerpts
        path = folder / f"{index:04d}_{layout}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        corpus.paths.append(path)
        corpus.size += path.stat().st_size
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    corpus = generate(args.folder, articles=args.articles, files=args.files, seed=args.seed)
    print(
        f"{len(corpus.paths)} files, {corpus.articles} articles, {corpus.entries} entries "
        f"({corpus.excerpts} excerpts), {corpus.size / 1e6:.1f} MB in {args.folder}"
    )


if __name__ == "__main__":
    main()
