//! Bylines without "By": a person's name with where they write from ("Moussa Adamou in
//! Niamey") or their role ("Talia Roberts, Pacific Affairs Reporter"), and an agency's
//! short name in capitals ("AFP"). Shapes only: no list of people or outlets.

use crate::reader::dateline::is_place_name;

/// Longest agency name standing alone as a byline, in capital letters ("KYODO").
const MAX_AGENCY_LETTERS: usize = 6;
/// Words that say a byline's trailing part is the writer's role ("Talia Roberts, Pacific
/// Affairs Reporter").
const ROLE_WORDS: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "journalist",
    "staff",
    "bureau",
    "desk",
    "chief",
    "contributor",
    "columnist",
    "analyst",
    "producer",
];

/// A byline without "by", right under the title: a person's name followed by where they
/// write from ("Moussa Adamou in Niamey") or by their role ("Talia Roberts, Pacific Affairs
/// Reporter"). Gives the name.
/// Also a name and a place as segments ("Ivana Kovač | Rijeka").
pub fn bare_byline(line: &str) -> Option<String> {
    if let Some((name, role)) = line.split_once(", ") {
        if is_role(role) && is_person_name(name) {
            return Some(name.to_string());
        }
    }
    let place_splits = [line.rsplit_once(" in "), line.split_once('|')];
    for (name, place) in place_splits.into_iter().flatten() {
        let name = name.trim();
        if is_place_name(place.trim()) && is_person_name(name) {
            return Some(name.to_string());
        }
    }
    None
}

/// A person's name, or an agency's short name in capitals ("AFP", "EFE", "ANSA"): what
/// may stand alone as a byline above the date line.
pub fn is_bare_author_name(line: &str) -> bool {
    // Characters counted only one past the longest agency name: a body line may be long.
    let is_agency = (2..=MAX_AGENCY_LETTERS)
        .contains(&line.chars().take(MAX_AGENCY_LETTERS + 1).count())
        && line.chars().all(|c| c.is_ascii_uppercase());
    is_agency || is_person_name(line)
}

/// A writer's role: up to six words, one of them a role word ("Copenhagen
/// correspondent", "Pacific Affairs Reporter").
pub fn is_role(text: &str) -> bool {
    // Words taken one past the most a role has: the text may be the rest of a long line.
    let words: Vec<&str> = text.split_whitespace().take(7).collect();
    (1..=6).contains(&words.len()) && words.iter().any(|w| is_any_role_word(w))
}

pub fn is_any_role_word(word: &str) -> bool {
    let word = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    ROLE_WORDS
        .iter()
        .any(|role| word == *role || word.strip_suffix('s') == Some(role))
}

/// Two to five words, the first and last capitalized, letters only (with `-`, `'`, `.`):
/// the shape of a person's name ("Moussa Adamou", "Lieke van Dam", "H. E. Smith").
pub fn is_person_name(text: &str) -> bool {
    // Words taken one past the most a name has: the text may be a long line of the body.
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    (2..=5).contains(&words.len())
        && words.first().is_some_and(capitalized)
        && words.last().is_some_and(capitalized)
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
        // "Ana dos Santos", but not "Police arrested Ana Ruiz": a lowercase word inside a
        // name is a particle.
        && words
            .iter()
            .all(|w| capitalized(w) || NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
}

/// Lowercase words that may stand inside a person's name ("Ana dos Santos", "Lieke van Dam").
const NAME_PARTICLES: [&str; 17] = [
    "bin", "binti", "al", "de", "da", "van", "von", "der", "den", "le", "la", "du", "dos", "das",
    "ibn", "abu", "el",
];

#[cfg(test)]
mod bare_byline_tests {
    use super::bare_byline;

    #[test]
    fn names_with_a_place_or_a_role_are_bylines() {
        assert_eq!(
            bare_byline("Amara Diallo in Bamako").as_deref(),
            Some("Amara Diallo")
        );
        assert_eq!(
            bare_byline("Jonas Berg, Nordic Affairs Correspondent").as_deref(),
            Some("Jonas Berg")
        );
        assert_eq!(
            bare_byline("Ivana Kovač | Rijeka").as_deref(),
            Some("Ivana Kovač")
        );
        assert_eq!(bare_byline("Talks resume | what we know"), None);
        assert_eq!(bare_byline("Troops massed in Kursk"), None);
        assert_eq!(bare_byline("Leaders met in the capital"), None);
        assert_eq!(bare_byline("Ministers, diplomats and officials"), None);
    }

    #[test]
    fn agencies_and_names_may_stand_alone_as_bylines() {
        use super::is_bare_author_name;
        assert!(is_bare_author_name("AFP"));
        assert!(is_bare_author_name("Ana Lima"));
        assert!(!is_bare_author_name("A"));
        assert!(!is_bare_author_name("Reuters reported"));
        assert!(!is_bare_author_name("WASHINGTON"));
    }
}
