//! Property-style tests of `read` as a whole: every prefix, byte flips and random garbage
//! of tricky inputs must never panic, and whatever is read keeps the body contract.

use unicode_normalization::is_nfc;

use crate::reader::{Input, Problem, read};

const SCRAPED: &str = "Ministers Sign Ferry Pact in Tórshavn\n\nauthor\nby Nordic Desk\nMarch 4, 2026 11:02 AM\n\
                       Ministers Sign Ferry Pact in Tórshavn\n\nTÓRSHAVN — The ministers signed the “ferry pact”.\r\n\r\n\
                       Cafe\u{301} owners cheered.\n\nAdvertisement\n\nFull screen image\nMinisters Sign Ferry Pact in Tórshavn\n";
const PLAIN: &str = "Envoys return\nLive updates | Last updated 12 May 2026, 19:20 GMT\nWritten by Ana Lima in Porto\n\
                     (September 9, 2026 - 6:30 p.m.)\n\nPORTO, May 12 (Wire) - Envoys returned.\n\nENDS";
const MASTHEAD: &str = "Ekonomi | Ŝipado\nHome > Ŝipado › Haveno\nPORT OF TÓRSHAVN\nFerry Pact Signed | The Courier\n\
                        Ferry Pact Signed\nBy ÁSA DA GØTU\nTórshavn | Wed, Mar 4, 2026 | 11:02 am\n\
                        Updated 6:15 AM EST, March 4, 2026\nSource: Press Office\nTórshavn, 4 March 2026\n\n\
                        The ministers signed.\n";
const FRONT_MATTER: &str = "\u{feff}---\ntitle: \"Talks \\\"resume\\\"\"\nauthor: 'Ana'\npublished: 2026-02-11T13:45:00+05:30\n---\n\nBody ✓.\n";
const JSON_LINES: &str = "{\"title\": \"A\", \"text\": \"B\\u0301ody\", \"published\": \"2026-03-04\"}\n\n{\"title\": \"C\"}\n";
const ANNOTATION: &str =
    r#"{"document": {"title": "T", "source_path": "", "text": "Ünïcode"}, "entities": []}"#;

const PATHS: &[&str] = &["in.txt", "in.md", "in.jsonl", "in.json", "in"];

const FRAGMENTS: &[&str] = &[
    "---\n",
    "title: ",
    "author:",
    "\"",
    "'",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "by ",
    "By X",
    "Written by ",
    " in ",
    "March 4, 2026 ",
    "2026-13-45",
    "p.m.",
    "+05:30",
    "GMT",
    "(",
    ")",
    "|",
    "·",
    "\u{301}",
    "é",
    "😀",
    "\u{feff}",
    "\t",
    "\u{7}",
    "Published ",
    "Updated: ",
    "author\n",
    "Share this article",
    " | ",
    " > ",
    "Home / News",
    "Source: ",
    "FOR IMMEDIATE RELEASE",
    "Maseru, ",
    "7:40 PM EDT, ",
    "MARIA DE LA CRUZ",
    "ENDS",
    "T",
    "Body text.",
    "\\",
    "\"title\": \"x\"",
    "\"text\": ",
];

/// A tiny deterministic generator (xorshift64*), enough to vary garbage.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// Reads under every path and checks what comes out.
fn read_everywhere(bytes: &[u8]) {
    for path in PATHS {
        for result in read(path, bytes) {
            match result {
                Ok(Input::Article(article)) => {
                    check_text(&article.text);
                    assert!(!article.title.is_empty() && !article.title.contains('\n'));
                    assert!(
                        article
                            .published
                            .as_deref()
                            .is_none_or(|p| p.len() >= 10 && p.as_bytes()[4] == b'-')
                    );
                }
                Ok(Input::Annotation(_)) => {}
                Err(problem) => check_problem(&problem, path),
            }
        }
    }
}

fn check_text(text: &str) {
    assert!(!text.is_empty(), "empty body");
    assert!(is_nfc(text), "not NFC: {text:?}");
    assert!(!text.contains("\n\n\n"), "blank-line run: {text:?}");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "control character: {text:?}"
    );
    assert!(
        text.split('\n').all(|line| line.trim() == line),
        "untrimmed line: {text:?}"
    );
    assert!(
        !text.starts_with('\n') && !text.ends_with('\n'),
        "blank edge: {text:?}"
    );
}

fn check_problem(problem: &Problem, path: &str) {
    assert_eq!(problem.path, path);
    assert!(
        !problem.message.is_empty() && !problem.message.ends_with('.'),
        "{problem}"
    );
    assert!(problem.line.is_none_or(|line| line >= 1), "{problem}");
}

#[test]
fn every_prefix_of_tricky_inputs_reads_without_panic() {
    for seed in [
        SCRAPED,
        PLAIN,
        MASTHEAD,
        FRONT_MATTER,
        JSON_LINES,
        ANNOTATION,
    ] {
        let bytes = seed.as_bytes();
        for end in 0..=bytes.len() {
            read_everywhere(&bytes[..end]);
        }
    }
}

#[test]
fn byte_flips_of_tricky_inputs_read_without_panic() {
    for seed in [SCRAPED, PLAIN, MASTHEAD, FRONT_MATTER, JSON_LINES] {
        for position in 0..seed.len() {
            for mask in [0x01u8, 0x20, 0x80, 0xff] {
                let mut bytes = seed.as_bytes().to_vec();
                bytes[position] ^= mask;
                read_everywhere(&bytes);
            }
        }
    }
}

#[test]
fn random_fragments_and_bytes_read_without_panic() {
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let mut bytes = Vec::new();
        for _ in 0..noise.below(40) {
            if noise.below(5) == 0 {
                bytes.push(noise.next() as u8);
            } else {
                bytes.extend_from_slice(FRAGMENTS[noise.below(FRAGMENTS.len())].as_bytes());
            }
        }
        read_everywhere(&bytes);
    }
}

#[test]
fn masthead_page_reads_to_the_expected_article() {
    let [Ok(Input::Article(article))] = &read("page.txt", MASTHEAD.as_bytes())[..] else {
        panic!("not read")
    };
    assert_eq!(article.title, "Ferry Pact Signed");
    assert_eq!(article.author.as_deref(), Some("Ása da Gøtu"));
    assert_eq!(article.published.as_deref(), Some("2026-03-04T11:02:00"));
    // A date is known from the header, so the dateline stays in the body.
    assert_eq!(
        article.text,
        "Tórshavn, 4 March 2026\n\nThe ministers signed."
    );
}

#[test]
fn scraped_page_reads_to_the_expected_article() {
    let [Ok(Input::Article(article))] = &read("page.txt", SCRAPED.as_bytes())[..] else {
        panic!("not read")
    };
    assert_eq!(article.author.as_deref(), Some("Nordic Desk"));
    assert_eq!(article.published.as_deref(), Some("2026-03-04T11:02:00"));
    assert_eq!(
        article.text,
        "TÓRSHAVN — The ministers signed the “ferry pact”.\n\nCafé owners cheered."
    );
}
