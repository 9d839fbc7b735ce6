//! Synthetic news articles about international relations, in the three input forms
//! `entente ingest` reads, from a fixed seed.
//!
//! Same seed and count, byte-identical corpus: a splitmix64 generator per article (seeded
//! from the seed and the article's number) draws every choice, so article `i` is the same
//! whatever N is. Countries, demonyms and capitals come from `ontology/countries.toml`;
//! people and outlets are invented. Articles are written in folders of 1,000 (`d0000/`,
//! `d0001/`, …): `aNNNNNNN.txt` scraped pages (the seed's layout, or a wire layout),
//! `aNNNNNNN.md` front matter, and `jNNNNNNN.jsonl` files of up to 50 articles, one a
//! line. `.manifest.json` (hidden, so ingest skips it) counts articles, files, body
//! sentences and bytes.

#[path = "templates.rs"]
mod templates;

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use templates::{CLASSES, Class};

/// Articles per folder.
const FOLDER_ARTICLES: usize = 1000;
/// Articles per JSON Lines file, at most.
const JSONL_ARTICLES: usize = 50;

/// Writes `articles` articles drawn from `seed` under `out` (created; refused when it
/// holds anything) and returns what was written.
pub fn write_corpus(out: &Path, articles: usize, seed: u64) -> Result<Manifest> {
    let world = World::new(load_countries()?, seed);
    prepare_out(out)?;
    let mut writer = CorpusWriter::new(out);
    for index in 0..articles {
        let article = world.article(index);
        writer.add(index, &article)?;
    }
    writer.finish(seed)
}

fn prepare_out(out: &Path) -> Result<()> {
    if out.exists() {
        let mut entries =
            fs::read_dir(out).with_context(|| format!("cannot read {}", out.display()))?;
        if entries.next().is_some() {
            bail!("{} is not empty", out.display());
        }
    }
    fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))
}

// ---------------------------------------------------------------------------------------
// Randomness

/// splitmix64: tiny, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------
// The world: countries and their officials

#[derive(Deserialize)]
struct CountriesFile {
    country: Vec<CountryEntry>,
}

#[derive(Deserialize)]
struct CountryEntry {
    iso: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    capital: Option<String>,
}

struct Country {
    /// As written mid-sentence: "Canada", "the United States".
    name: String,
    /// A short alias ("US", "Britain"), when the lexicon has one.
    short: Option<String>,
    adjective: String,
    /// People: "Canadians"; "Chinese nationals" when the lexicon has no plural.
    people: String,
    capital: Option<String>,
    officials: Vec<Official>,
}

#[derive(Clone)]
struct Official {
    first: String,
    last: String,
    title: &'static str,
    female: bool,
}

impl Official {
    fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

/// Countries the news names most; drawn more often than the rest.
const MAJOR: &[&str] = &[
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "CAN", "AUS", "KOR", "TUR",
    "IRN", "ISR", "UKR", "SAU", "ZAF", "MEX", "IDN", "PAK", "EGY", "NGA", "ITA", "ESP", "POL",
    "VNM", "PHL", "ARE", "QAT",
];

fn load_countries() -> Result<Vec<(String, Country)>> {
    let text = include_str!("../../ontology/countries.toml");
    let file: CountriesFile = toml::from_str(text).context("cannot parse countries.toml")?;
    let mut countries = Vec::new();
    for entry in file.country {
        if entry.demonyms.is_empty() || entry.name.contains(['(', ',']) {
            continue;
        }
        let adjective = entry.demonyms[0].clone();
        let people = entry
            .demonyms
            .iter()
            .skip(1)
            .find(|d| d.ends_with('s'))
            .cloned()
            .unwrap_or_else(|| format!("{adjective} nationals"));
        let short = entry
            .aliases
            .iter()
            .find(|a| {
                a.len() <= 12
                    && !a.contains(" of ")
                    && !a.contains("Republic")
                    && a.chars().next().is_some_and(char::is_uppercase)
            })
            .map(|a| {
                // "the US", "the UK": acronyms of names written with "the"
                let acronym = a.chars().all(|c| c.is_ascii_uppercase() || c == '.');
                if acronym && with_article(&entry.name).starts_with("the ") {
                    format!("the {a}")
                } else {
                    a.clone()
                }
            });
        countries.push((
            entry.iso,
            Country {
                name: with_article(&entry.name),
                short,
                adjective,
                people,
                capital: entry.capital,
                officials: Vec::new(),
            },
        ));
    }
    if countries.len() < 10 {
        bail!("countries.toml lists too few usable countries");
    }
    Ok(countries)
}

/// "the United States", "the Philippines": names the news writes with "the".
fn with_article(name: &str) -> String {
    let plural = [
        "Philippines",
        "Netherlands",
        "Bahamas",
        "Gambia",
        "Maldives",
        "Comoros",
    ];
    if name.starts_with("United ")
        || name.contains("Republic")
        || name.ends_with("Islands")
        || plural.contains(&name)
    {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

struct World {
    seed: u64,
    countries: Vec<Country>,
    /// Indices into `countries` of the major ones.
    major: Vec<usize>,
}

impl World {
    fn new(mut countries: Vec<(String, Country)>, seed: u64) -> World {
        let mut rng = Rng::new(seed, u64::MAX);
        for (_, country) in &mut countries {
            country.officials = cast(&mut rng);
        }
        let major = countries
            .iter()
            .enumerate()
            .filter(|(_, (iso, _))| MAJOR.contains(&iso.as_str()))
            .map(|(i, _)| i)
            .collect();
        World {
            seed,
            countries: countries.into_iter().map(|(_, c)| c).collect(),
            major,
        }
    }

    fn country(&self, rng: &mut Rng) -> usize {
        if rng.chance(45) && !self.major.is_empty() {
            rng.pick(&self.major)
        } else {
            rng.below(self.countries.len())
        }
    }

    fn article(&self, index: usize) -> Article {
        ArticleGen::new(self, Rng::new(self.seed, index as u64)).generate()
    }
}

/// A country's officials: a leader or two, four ministers, a spokesperson.
fn cast(rng: &mut Rng) -> Vec<Official> {
    let mut officials = Vec::new();
    let leaders = if rng.chance(35) { 2 } else { 1 };
    let first = rng.below(2);
    for k in 0..leaders {
        officials.push(person(rng, templates::TITLES_LEADER[(first + k) % 2]));
    }
    for title in templates::TITLES_MINISTER {
        officials.push(person(rng, title));
    }
    officials.push(person(rng, "spokesperson"));
    officials
}

fn person(rng: &mut Rng, title: &'static str) -> Official {
    let female = rng.chance(45);
    let mut first = name_part(rng, 2);
    if female && !first.ends_with('a') {
        first.push('a');
    }
    let syllables = 2 + rng.below(2);
    Official {
        first,
        last: name_part(rng, syllables),
        title,
        female,
    }
}

fn name_part(rng: &mut Rng, syllables: usize) -> String {
    let mut name = String::new();
    for _ in 0..syllables {
        name.push_str(rng.pick(templates::SYLLABLES));
    }
    capitalize(&name)
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn title_case(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(capitalize)
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------
// One article

/// How an article is written to disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// Like `seeds/000_…txt`: title, "author", "by X", date line, title, body, footer.
    Scraped,
    /// Title, "By X", "Published 15 July 2025", dateline in the first paragraph.
    Wire,
    FrontMatter,
    JsonLines,
}

struct Article {
    form: Form,
    title: String,
    author: String,
    published: NaiveDateTime,
    /// Whether the time of publication is given (else only the date).
    timed: bool,
    paragraphs: Vec<String>,
    sentences: usize,
}

/// Who plays which part in a sentence: indices into the world's countries.
#[derive(Clone, Copy)]
struct Roles {
    a: usize,
    b: usize,
    c: usize,
}

impl Roles {
    fn swapped(self) -> Roles {
        Roles {
            a: self.b,
            b: self.a,
            c: self.c,
        }
    }
}

/// An official mentioned in this article: (country, index among its officials).
type Who = (usize, usize);

struct ArticleGen<'w> {
    world: &'w World,
    rng: Rng,
    published: NaiveDateTime,
    /// The officials each side is mostly represented by.
    protagonists: [(usize, usize); 2],
    mentioned: Vec<Who>,
    last_subject: Option<Who>,
    /// `{date}` may not be left empty (lead sentences).
    date_required: bool,
    /// Templates used so far.
    used: Vec<&'static str>,
    sentences: usize,
}

impl<'w> ArticleGen<'w> {
    fn new(world: &'w World, mut rng: Rng) -> ArticleGen<'w> {
        let start = NaiveDate::from_ymd_opt(2022, 1, 1).expect("valid date");
        let day = start + Duration::days(rng.range(0, 1641));
        let time = NaiveTime::from_hms_opt(rng.range(5, 22) as u32, rng.range(0, 59) as u32, 0)
            .expect("valid time");
        ArticleGen {
            world,
            rng,
            published: day.and_time(time),
            protagonists: [(0, 0), (0, 0)],
            mentioned: Vec::new(),
            last_subject: None,
            date_required: false,
            used: Vec::new(),
            sentences: 0,
        }
    }

    fn generate(mut self) -> Article {
        let form = match self.rng.below(100) {
            0..30 => Form::Scraped,
            30..40 => Form::Wire,
            40..70 => Form::FrontMatter,
            _ => Form::JsonLines,
        };
        let timed = form != Form::Wire && self.rng.chance(80);
        let a = self.world.country(&mut self.rng);
        let mut b = self.world.country(&mut self.rng);
        while b == a {
            b = self.world.country(&mut self.rng);
        }
        let mut c = self.world.country(&mut self.rng);
        while c == a || c == b {
            c = self.world.country(&mut self.rng);
        }
        let roles = Roles { a, b, c };
        for (side, country) in [a, b].into_iter().enumerate() {
            let officials = &self.world.countries[country].officials;
            // the leader or the foreign minister, mostly
            let pick = if self.rng.chance(60) {
                0
            } else {
                officials
                    .iter()
                    .position(|o| o.title == "Foreign Minister")
                    .unwrap_or(0)
            };
            self.protagonists[side] = (country, pick);
        }

        let lead = self.rng.pick(&CLASSES);
        let title = {
            let headline = self.rng.pick(templates::headlines(lead));
            let text = self.fill(headline, roles);
            self.mentioned.clear();
            self.last_subject = None;
            text
        };

        let paragraph_count = self.rng.range(5, 12) as usize;
        let target = self.rng.range(3000, 5800) as usize;
        let per_paragraph = target / paragraph_count;
        let mut paragraphs = Vec::with_capacity(paragraph_count);
        for p in 0..paragraph_count {
            let mut paragraph = String::new();
            let mut in_paragraph = 0;
            while in_paragraph < 9 && (in_paragraph == 0 || paragraph.len() < per_paragraph) {
                let sentence = if p == 0 && in_paragraph == 0 {
                    self.date_required = true;
                    let template = self.rng.pick(templates::sentences(lead));
                    self.used.push(template);
                    let s = self.fill(template, roles);
                    self.date_required = false;
                    s
                } else {
                    self.body_sentence(lead, roles)
                };
                if !paragraph.is_empty() {
                    paragraph.push(' ');
                }
                paragraph.push_str(&sentence);
                in_paragraph += 1;
            }
            self.sentences += in_paragraph;
            paragraphs.push(paragraph);
        }
        if matches!(form, Form::Wire | Form::FrontMatter) && self.rng.chance(60) {
            let place = self.world.countries[a]
                .capital
                .clone()
                .unwrap_or_else(|| self.world.countries[a].name.clone());
            let dateline = if form == Form::Wire {
                format!(
                    "{}, {} {} (Wire) - ",
                    place.to_uppercase(),
                    month_name(self.published.month()),
                    self.published.day()
                )
            } else {
                format!("{} — ", place.to_uppercase())
            };
            paragraphs[0].insert_str(0, &dateline);
        }
        let author = if self.rng.chance(60) {
            let p = person(&mut self.rng, "");
            p.full()
        } else {
            format!("{} Staff", self.rng.pick(templates::OUTLETS))
        };
        Article {
            form,
            title,
            author,
            published: self.published,
            timed,
            paragraphs,
            sentences: self.sentences,
        }
    }

    /// Any sentence after the lead: an event, a quote, a figure or background; a template
    /// already used in this article is drawn again (a few times) to keep repeats rare.
    fn body_sentence(&mut self, lead: Class, roles: Roles) -> String {
        let roles = if self.rng.chance(35) {
            roles.swapped()
        } else {
            roles
        };
        let roles = if self.rng.chance(10) {
            Roles {
                a: roles.c,
                b: roles.a,
                c: roles.b,
            }
        } else {
            roles
        };
        let mut template = "";
        let mut event = false;
        for _ in 0..4 {
            (template, event) = match self.rng.below(100) {
                0..45 => {
                    let class = if self.rng.chance(60) {
                        self.rng.pick(templates::related(lead))
                    } else {
                        self.rng.pick(&CLASSES)
                    };
                    (self.rng.pick(templates::sentences(class)), true)
                }
                45..57 => (self.rng.pick(templates::QUOTES), false),
                57..65 => (self.rng.pick(templates::TRADE_SHARES), false),
                _ => (self.rng.pick(templates::BACKGROUND), false),
            };
            if !self.used.contains(&template) {
                break;
            }
        }
        self.used.push(template);
        if !event {
            let plain = !template.contains(" say")
                && !template.contains("said")
                && !template.contains("share")
                && !template.contains("according");
            if plain && template.ends_with('.') && self.rng.chance(35) {
                let tail = self.rng.pick(templates::BACKGROUND_TAILS);
                let body = template.strip_suffix('.').unwrap_or(template);
                return self.fill(&format!("{body}{tail}."), roles);
            }
            return self.fill(template, roles);
        }
        match self.rng.below(100) {
            // "…, officials said."
            0..40 => {
                let tail = self.rng.pick(templates::TAILS);
                let body = template.strip_suffix('.').unwrap_or(template);
                self.fill(&format!("{body}{tail}."), roles)
            }
            // "Separately, …"
            40..52 => {
                let sentence = self.fill(template, roles);
                with_opener(self.rng.pick(templates::OPENERS), &sentence)
            }
            // two events in one sentence: "…, and …" / "…, while …"
            52..72 => {
                let first = self.fill(template, roles);
                let class = self.rng.pick(templates::related(lead));
                let second = self.rng.pick(templates::sentences(class));
                self.used.push(second);
                let second = self.fill(second, roles.swapped());
                let joint = self
                    .rng
                    .pick(&[", and ", ", while ", " after ", ", days after "]);
                let first = first.strip_suffix('.').unwrap_or(&first);
                with_opener(&format!("{first}{joint}"), &second)
            }
            _ => self.fill(template, roles),
        }
    }

    /// Fills a template's placeholders and tidies the sentence.
    fn fill(&mut self, template: &str, roles: Roles) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        let mut at_start = true;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("closed placeholder");
            let key = &rest[open + 1..close];
            let subject = at_start && out.trim_start_matches('"').is_empty();
            let value = self.value(key, roles, subject);
            out.push_str(&value);
            rest = &rest[close + 1..];
            at_start = false;
        }
        out.push_str(rest);
        tidy(&out)
    }

    fn value(&mut self, key: &str, roles: Roles, subject: bool) -> String {
        let world = self.world;
        let country = |i: usize| &world.countries[i];
        let side = |k: &str| match k.as_bytes().first() {
            Some(b'B') => roles.b,
            Some(b'C') => roles.c,
            _ => roles.a,
        };
        match key {
            "A" | "B" | "C" => {
                let c = country(side(key));
                match self.rng.below(100) {
                    0..10 if c.short.is_some() => c.short.clone().expect("checked"),
                    10..15 if c.capital.is_some() && !subject => c.name.clone(),
                    10..15 if c.capital.is_some() => c.capital.clone().expect("checked"),
                    _ => c.name.clone(),
                }
            }
            "Aadj" | "Badj" | "Cadj" => country(side(key)).adjective.clone(),
            "a Aadj" => {
                let adjective = &country(roles.a).adjective;
                let article = if adjective.starts_with(['A', 'E', 'I', 'O', 'U']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {adjective}")
            }
            "Apl" | "Bpl" => country(side(key)).people.clone(),
            "Acap" | "Bcap" => {
                let c = country(side(key));
                c.capital.clone().unwrap_or_else(|| c.name.clone())
            }
            "Ap" | "Bp" => {
                let index = side(key);
                let official = self.official_of(index);
                self.mention((index, official), subject)
            }
            "Asp" => {
                let index = roles.a;
                let official = country(index).officials.len() - 1;
                self.mention((index, official), subject)
            }
            "Aname" | "Bname" => {
                let index = side(key);
                let official = self.official_of(index);
                country(index).officials[official].full()
            }
            "who" => {
                let index = if self.rng.chance(70) {
                    roles.a
                } else {
                    roles.b
                };
                let official = self.official_of(index);
                self.mention((index, official), false)
            }
            "civ" => {
                let occupation = self.rng.pick(templates::OCCUPATIONS);
                let name = person(&mut self.rng, "").full();
                format!("{} {occupation} {name}", country(roles.b).adjective)
            }
            "civname" => person(&mut self.rng, "").full(),
            "date" => {
                if self.date_required || self.rng.chance(80) {
                    self.past_date()
                } else {
                    String::new()
                }
            }
            "pdate" => self.past_date(),
            "fdate" => self.future_date(),
            "topic" => self.rng.pick(templates::TOPICS).to_string(),
            "Topic" => title_case(self.rng.pick(templates::TOPICS)),
            "topics" => {
                let first = self.rng.pick(templates::TOPICS);
                let mut second = self.rng.pick(templates::TOPICS);
                while second == first {
                    second = self.rng.pick(templates::TOPICS);
                }
                format!("{first} and {second}")
            }
            "goods" => self.rng.pick(templates::GOODS).to_string(),
            "Goods" => title_case(self.rng.pick(templates::GOODS)),
            "n" | "years" => number_word(self.rng.range(2, 12) as usize).to_string(),
            "N" => with_commas(self.rng.range(12, 450) as u64 * 10),
            "pct" => self.rng.range(2, 85).to_string(),
            "pct2" => format!("{}.{}", self.rng.range(0, 9), self.rng.range(1, 9)),
            "small" => self.rng.range(2, 5).to_string(),
            "days" => format!("{}-day", number_word(self.rng.range(2, 5) as usize)),
            "year" => (self.published.year() - self.rng.range(1, 12) as i32).to_string(),
            "Month" => month_name(self.rng.range(1, 12) as u32).to_string(),
            "money" => {
                let currency = if self.rng.chance(75) { "$" } else { "€" };
                let unit = if self.rng.chance(70) {
                    "million"
                } else {
                    "billion"
                };
                format!("{currency}{} {unit}", self.rng.range(2, 900))
            }
            "cmp" => self.rng.pick(templates::COMPARATORS).to_string(),
            "Cmp" => capitalize(self.rng.pick(templates::COMPARATORS)),
            "venue" => self.rng.pick(templates::VENUES).to_string(),
            "org" => self.rng.pick(templates::ORGS).to_string(),
            "demand" => self.rng.pick(templates::DEMANDS).to_string(),
            "charge" => self.rng.pick(templates::CHARGES).to_string(),
            "quote" => self.rng.pick(templates::QUOTE_TEXTS).to_string(),
            _ => panic!("unknown placeholder {{{key}}}"),
        }
    }

    /// Which of a country's officials speaks or acts: its protagonist mostly.
    fn official_of(&mut self, country: usize) -> usize {
        let protagonist = self.protagonists.iter().find(|(c, _)| *c == country);
        if let Some(&(_, official)) = protagonist {
            if self.rng.chance(75) {
                return official;
            }
        }
        // not the spokesperson: `{Asp}` names that one
        let officials = self.world.countries[country].officials.len();
        self.rng.below(officials - 1)
    }

    /// A person as the text names them: in full with title the first time, then by
    /// surname, role noun or pronoun.
    fn mention(&mut self, who: Who, subject: bool) -> String {
        let (country_index, official_index) = who;
        let country = &self.world.countries[country_index];
        let official = &country.officials[official_index];
        let first_time = !self.mentioned.contains(&who);
        let text = if first_time {
            self.mentioned.push(who);
            let title = if official.title == "spokesperson" {
                "Foreign Ministry spokesperson"
            } else {
                official.title
            };
            match self.rng.below(100) {
                0..35 => format!("{title} {}", official.full()),
                35..60 => format!("{} {title} {}", country.adjective, official.full()),
                60..80 => format!("{}'s {title} {}", country.name, official.full()),
                _ if subject => format!(
                    "{}, {}'s {},",
                    official.full(),
                    country.name,
                    official.title.to_lowercase()
                ),
                _ => format!("{title} {}", official.full()),
            }
        } else {
            match self.rng.below(100) {
                0..12 if subject && self.last_subject.as_ref() == Some(&who) => {
                    if official.female { "she" } else { "he" }.to_string()
                }
                0..75 => official.last.clone(),
                _ => format!("the {}", official.title.to_lowercase()),
            }
        };
        if subject {
            self.last_subject = Some(who);
        }
        text
    }

    /// A past date phrase, relative or absolute, resolved against the publication date.
    fn past_date(&mut self) -> String {
        let today = self.published.date();
        let year = today.year();
        match self.rng.below(15) {
            0 | 1 => {
                let day = today - Duration::days(self.rng.range(1, 6));
                format!("on {}", weekday_name(day.weekday()))
            }
            2 => {
                let day = today - Duration::days(self.rng.range(1, 6));
                let part = self.rng.pick(&["morning", "evening"]);
                format!("on {} {part}", weekday_name(day.weekday()))
            }
            3 => "last week".into(),
            4 => "last month".into(),
            5 => "last year".into(),
            6 if today.month() >= 3 => "earlier this year".into(),
            7 if today.month() > 1 => {
                let month = self.rng.range(1, today.month() as i64 - 1) as u32;
                format!("in {}", month_name(month))
            }
            6..=8 => {
                let month = self.rng.range(1, 12) as u32;
                let y = year - self.rng.range(1, 3) as i32;
                format!("in {} {y}", month_name(month))
            }
            9 => {
                let day = today - Duration::days(self.rng.range(7, 60));
                format!("on {} {}", month_name(day.month()), day.day())
            }
            10 => {
                let day = today - Duration::days(self.rng.range(7, 900));
                format!(
                    "on {} {} {}",
                    day.day(),
                    month_name(day.month()),
                    day.year()
                )
            }
            11 => {
                let day = today - Duration::days(self.rng.range(7, 900));
                format!(
                    "on {} {}, {}",
                    month_name(day.month()),
                    day.day(),
                    day.year()
                )
            }
            12 => format!("in {}", year - self.rng.range(2, 15) as i32),
            13 => "this week".into(),
            _ => "earlier this month".into(),
        }
    }

    /// A future date phrase.
    fn future_date(&mut self) -> String {
        let today = self.published.date();
        match self.rng.below(7) {
            0 => "next week".into(),
            1 => "next month".into(),
            2 if today.month() < 11 => "later this year".into(),
            3 => {
                let day = today + Duration::days(self.rng.range(1, 6));
                format!("on {}", weekday_name(day.weekday()))
            }
            4 => {
                let day = today + Duration::days(self.rng.range(7, 60));
                format!("on {} {}", month_name(day.month()), day.day())
            }
            _ => {
                let month = self.rng.range(1, 12) as u32;
                format!("in {} {}", month_name(month), today.year() + 1)
            }
        }
    }
}

/// "Separately, the talks …": an opener before a sentence, its first word lowered when
/// it is not a name.
fn with_opener(opener: &str, sentence: &str) -> String {
    const LOWERED: &[&str] = &[
        "The",
        "A",
        "An",
        "No",
        "He",
        "She",
        "Thousands",
        "Officials",
        "Tariffs",
        "Sanctions",
        "Negotiations",
        "Talks",
        "Aid",
        "Restrictions",
        "Fighting",
        "Troops",
        "Consumers",
        "Protesters",
        "Demonstrators",
        "During",
        "After",
        "In",
    ];
    let first = sentence.split(' ').next().unwrap_or("");
    if LOWERED.contains(&first) {
        format!(
            "{opener}{}{}",
            first.to_lowercase(),
            &sentence[first.len()..]
        )
    } else {
        format!("{opener}{sentence}")
    }
}

/// Collapses spaces, drops spaces before punctuation and commas doubled by an empty
/// placeholder, and capitalizes the first letter.
fn tidy(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    for word in sentence.split_whitespace() {
        if !out.is_empty() && !word.starts_with([',', '.', ';', ':']) {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out
        .replace(",.", ".")
        .replace(",,", ",")
        .replace(", ,", ",");
    match out.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((i, c)) if c.is_lowercase() => {
            let mut fixed = out[..i].to_string();
            fixed.extend(c.to_uppercase());
            fixed.push_str(&out[i + c.len_utf8()..]);
            fixed
        }
        _ => out,
    }
}

fn number_word(n: usize) -> &'static str {
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ][n.min(12)]
}

fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn month_name(month: u32) -> &'static str {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][(month as usize).clamp(1, 12) - 1]
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

// ---------------------------------------------------------------------------------------
// Writing the corpus

/// One line of a JSON Lines file.
#[derive(Serialize)]
struct JsonArticle<'a> {
    title: &'a str,
    text: &'a str,
    published: &'a str,
    author: &'a str,
}

/// What a corpus holds; written as `.manifest.json`.
#[derive(Serialize)]
pub struct Manifest {
    pub seed: u64,
    pub articles: usize,
    pub files: usize,
    /// Sentences of the bodies, titles not counted.
    pub sentences: usize,
    /// Bytes written, all files.
    pub bytes: usize,
    pub scraped: usize,
    pub wire: usize,
    pub front_matter: usize,
    pub json_lines: usize,
}

struct CorpusWriter {
    out: PathBuf,
    folder: Option<usize>,
    /// JSON Lines articles waiting to be written: the index of the first, the lines.
    pending: Option<(usize, String)>,
    pending_count: usize,
    manifest: Manifest,
}

impl CorpusWriter {
    fn new(out: &Path) -> CorpusWriter {
        CorpusWriter {
            out: out.to_path_buf(),
            folder: None,
            pending: None,
            pending_count: 0,
            manifest: Manifest {
                seed: 0,
                articles: 0,
                files: 0,
                sentences: 0,
                bytes: 0,
                scraped: 0,
                wire: 0,
                front_matter: 0,
                json_lines: 0,
            },
        }
    }

    fn folder_path(&self, folder: usize) -> PathBuf {
        self.out.join(format!("d{folder:04}"))
    }

    fn add(&mut self, index: usize, article: &Article) -> Result<()> {
        let folder = index / FOLDER_ARTICLES;
        if self.folder != Some(folder) {
            self.flush_jsonl()?;
            fs::create_dir_all(self.folder_path(folder))?;
            self.folder = Some(folder);
        }
        self.manifest.articles += 1;
        self.manifest.sentences += article.sentences;
        let body = article.paragraphs.join("\n\n");
        let (name, text) = match article.form {
            Form::Scraped => {
                self.manifest.scraped += 1;
                let date = article.published.format("%B %-d, %Y %I:%M %p");
                let text = format!(
                    "{t}\n\nauthor\nby {a}\n{date}\n{t}\n\n{body}\n\nFull screen image\n{t}\n",
                    t = article.title,
                    a = article.author,
                );
                (format!("a{index:07}.txt"), text)
            }
            Form::Wire => {
                self.manifest.wire += 1;
                let date = article.published.format("%-d %B %Y");
                let text = format!(
                    "{}\nBy {}\nPublished {date}\n\n{body}\n",
                    article.title, article.author
                );
                (format!("a{index:07}.txt"), text)
            }
            Form::FrontMatter => {
                self.manifest.front_matter += 1;
                let text = format!(
                    "---\ntitle: {}\nauthor: {}\npublished: {}\n---\n\n{body}\n",
                    article.title,
                    article.author,
                    iso_published(article)
                );
                (format!("a{index:07}.md"), text)
            }
            Form::JsonLines => {
                self.manifest.json_lines += 1;
                let published = iso_published(article);
                let line = serde_json::to_string(&JsonArticle {
                    title: &article.title,
                    text: &body,
                    published: &published,
                    author: &article.author,
                })?;
                let pending = self.pending.get_or_insert_with(|| (index, String::new()));
                pending.1.push_str(&line);
                pending.1.push('\n');
                self.pending_count += 1;
                if self.pending_count >= JSONL_ARTICLES {
                    self.flush_jsonl()?;
                }
                return Ok(());
            }
        };
        self.write(folder, &name, &text)
    }

    fn write(&mut self, folder: usize, name: &str, text: &str) -> Result<()> {
        let path = self.folder_path(folder).join(name);
        let mut file =
            fs::File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        file.write_all(text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        self.manifest.files += 1;
        self.manifest.bytes += text.len();
        Ok(())
    }

    fn flush_jsonl(&mut self) -> Result<()> {
        if let (Some((first, lines)), Some(folder)) = (self.pending.take(), self.folder) {
            self.write(folder, &format!("j{first:07}.jsonl"), &lines)?;
        }
        self.pending_count = 0;
        Ok(())
    }

    fn finish(mut self, seed: u64) -> Result<Manifest> {
        self.flush_jsonl()?;
        self.manifest.seed = seed;
        let mut text = serde_json::to_string_pretty(&self.manifest)?;
        text.push('\n');
        let path = self.out.join(".manifest.json");
        fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(self.manifest)
    }
}

/// `2026-01-16T06:24:00Z`, or `2026-01-16` when the article gives no time.
fn iso_published(article: &Article) -> String {
    let mut text = article.published.date().format("%Y-%m-%d").to_string();
    if article.timed {
        let _ = write!(text, "T{}Z", article.published.time().format("%H:%M:%S"));
    }
    text
}
