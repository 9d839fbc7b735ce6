//! Generated inputs: a seeded random number generator and a corpus of distinct articles.

use std::path::Path;

/// SplitMix64: small, seeded, the same numbers on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound`.
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Articles as text files, and JSON Lines files of `LINES_PER_FILE` articles each: enough
/// for one ingest to take a few seconds.
const TEXT_FILES: usize = 2000;
const JSONL_FILES: usize = 10;
const LINES_PER_FILE: usize = 100;

/// Writes a corpus of distinct small articles (plain text, front matter, JSON Lines) and
/// returns how many articles it holds.
pub fn write_corpus(folder: &Path, seed: u64) -> usize {
    let mut rng = Rng::new(seed);
    let mut count = 0;
    for i in 0..TEXT_FILES {
        let sub = folder.join(format!("{:02}", i % 50));
        std::fs::create_dir_all(&sub).unwrap();
        let title = headline(&mut rng, i);
        let body = body(&mut rng, i);
        let (name, text) = if i % 3 == 0 {
            let date = format!(
                "20{:02}-{:02}-{:02}",
                10 + rng.below(16),
                1 + rng.below(12),
                1 + rng.below(28)
            );
            (
                format!("{i:05}.md"),
                format!("---\ntitle: \"{title}\"\npublished: {date}\n---\n\n{body}\n"),
            )
        } else {
            (format!("{i:05}.txt"), format!("{title}\n\n{body}\n"))
        };
        std::fs::write(sub.join(name), text).unwrap();
        count += 1;
    }
    for f in 0..JSONL_FILES {
        let mut lines = String::new();
        for l in 0..LINES_PER_FILE {
            let i = TEXT_FILES + f * LINES_PER_FILE + l;
            let article = serde_json::json!({
                "title": headline(&mut rng, i),
                "text": body(&mut rng, i),
                "published": format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)),
            });
            lines.push_str(&article.to_string());
            lines.push('\n');
            count += 1;
        }
        std::fs::write(folder.join(format!("wire-{f:02}.jsonl")), lines).unwrap();
    }
    count
}

const ACTORS: &[&str] = &[
    "Canada",
    "Norway",
    "Chile",
    "Ghana",
    "Japan",
    "the European Union",
    "the United Nations",
    "Prime Minister Mark Carney",
    "the foreign minister of Brazil",
    "Kenya",
    "India",
    "Germany",
];
const VERBS: &[&str] = &[
    "met",
    "signed a trade agreement with",
    "expelled diplomats from",
    "imposed sanctions on",
    "held talks with",
    "condemned",
    "visited",
    "pledged aid to",
];
const EXTRAS: &[&str] = &[
    "on Tuesday",
    "in Geneva",
    "after weeks of negotiation",
    "for the first time since 2019",
    "amid rising tensions",
    "worth $2.5 billion",
    "— 外交部 said",
    "وقال المتحدث",
    "🤝",
];

fn headline(rng: &mut Rng, i: usize) -> String {
    format!(
        "{} {} {} (report {i})",
        pick(rng, ACTORS),
        pick(rng, VERBS),
        pick(rng, ACTORS)
    )
}

fn body(rng: &mut Rng, i: usize) -> String {
    let sentences = 1 + rng.below(12);
    let mut text = format!("Dispatch {i}.");
    for s in 0..sentences {
        text.push(if s % 4 == 3 { '\n' } else { ' ' });
        if s % 4 == 3 {
            text.push('\n');
        }
        text.push_str(&format!(
            "{} {} {} {}.",
            pick(rng, ACTORS),
            pick(rng, VERBS),
            pick(rng, ACTORS),
            pick(rng, EXTRAS)
        ));
    }
    text
}

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}
