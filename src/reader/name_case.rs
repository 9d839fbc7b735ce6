//! Names printed in capitals put back in normal case: "BY ANA DOS SANTOS" names "Ana dos
//! Santos", "ISSUED BY: OFFICE OF THE CABINET SECRETARY" names "Office of the Cabinet
//! Secretary". Names with other lower-case words, and single words ("AFP"), stay as
//! written.

/// Words written in lower case inside a name: particles of personal names and the small
/// words of an office's name. Never the first word.
const LOWER_CASE_WORDS: &[&str] = &[
    "de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "di", "la", "le", "van",
    "von", "ter", "ten", "y", "e", "bin", "binti", "of", "the", "and", "for", "on", "in", "at",
];

/// `name` in normal case when it is printed in capitals, as written otherwise.
pub fn normal_case_name(name: &str) -> String {
    if !is_in_capitals(name) {
        return name.to_string();
    }
    name.split(' ')
        .enumerate()
        .map(|(index, word)| {
            let lower = word.to_lowercase();
            if index > 0 && LOWER_CASE_WORDS.contains(&lower.as_str()) {
                lower
            } else if is_acronym(word) {
                word.to_string()
            } else {
                capitalize_parts(&lower)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two words or more, each in capitals or a lower-case small word ("ANA LIMA and
/// JONAS BERG"), letters in them.
fn is_in_capitals(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let in_capitals = |word: &&str| {
        word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
    };
    words.len() >= 2
        && words.iter().any(in_capitals)
        && words
            .iter()
            .all(|word| in_capitals(word) || LOWER_CASE_WORDS.contains(word))
}

/// A word of capitals without a vowel or a dot ("BBC", "NHK", not "JR."): an acronym,
/// not a name.
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && !word.contains('.')
        && !letters
            .iter()
            .any(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// Upper-cases the first letter and each letter after `-`, `'` or `’` ("jean-luc" →
/// "Jean-Luc", "o'neill" → "O'Neill").
fn capitalize_parts(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut at_start = true;
    for c in lower.chars() {
        if at_start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            at_start = false;
        } else {
            out.push(c);
        }
        if matches!(c, '-' | '\'' | '’') {
            at_start = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normal_case_name;

    #[test]
    fn names_in_capitals_get_normal_case() {
        for (printed, expected) in [
            ("TOMÁS DE LA VEGA", "Tomás de la Vega"),
            ("LIEKE VAN DAM", "Lieke van Dam"),
            ("SEÁN O'NEILL", "Seán O'Neill"),
            ("JEAN-LUC MBEKI", "Jean-Luc Mbeki"),
            ("J. R. OKAFOR JR.", "J. R. Okafor Jr."),
            (
                "OFFICE OF THE CABINET SECRETARY",
                "Office of the Cabinet Secretary",
            ),
            ("BBC MONITORING", "BBC Monitoring"),
            ("DA SILVA", "Da Silva"),
            ("ANA LIMA and JONAS BERG", "Ana Lima and Jonas Berg"),
        ] {
            assert_eq!(normal_case_name(printed), expected, "{printed}");
        }
    }

    #[test]
    fn names_in_normal_case_and_single_words_stay() {
        for name in [
            "AFP",
            "DD Staff",
            "Lieke van Dam",
            "EFE",
            "Ministry of Trade",
            "ANA LIMA with staff",
        ] {
            assert_eq!(normal_case_name(name), name);
        }
    }
}
