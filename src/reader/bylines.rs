//! Bylines without "By": a person's name with where they write from ("Moussa Adamou in
//! Niamey") or their role ("Talia Roberts, Pacific Affairs Reporter", "Ines Duarte Trade
//! editor"), several names on one line ("Ana Lima and Rui Costa"), an agency's short name
//! in capitals ("AFP"), and a role standing alone on the line under a name ("Economics
//! Writer"). Shapes only: no list of people or outlets.

use crate::reader::dateline::is_place_name;

/// Most words in a role standing on its own line or after a name ("Chief political
/// correspondent").
const MAX_ROLE_LINE_WORDS: usize = 5;
/// Most names on one byline line ("Ana Lima, Rui Costa and Jo Bell").
const MAX_NAMES_ON_A_LINE: usize = 4;

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
    "fellow",
    "researcher",
    "scholar",
    "professor",
    "lecturer",
];

/// A byline without "by", right under the title: a person's name followed by where they
/// write from ("Moussa Adamou in Niamey") or by their role ("Talia Roberts, Pacific Affairs
/// Reporter"). Gives the name.
/// Also a name and a place as segments ("Ivana Kovač | Rijeka"), and a name with its role
/// but no comma ("Ines Duarte Trade editor").
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
    // "Kirsti Eira | Tana desk": a name and the writer's desk or role as segments.
    if let Some((name, role)) = line.split_once('|') {
        let name = name.trim();
        if is_role_line(role.trim()) && is_person_name(name) {
            return Some(name.to_string());
        }
    }
    name_before_role(line)
}

/// A person's name, several names ("Ana Lima and Rui Costa") or an agency's short name in
/// capitals ("AFP", "EFE", "ANSA"): what may stand alone as a byline above the date line.
pub fn is_bare_author_name(line: &str) -> bool {
    // Characters counted only one past the longest agency name: a body line may be long.
    let is_agency = (2..=MAX_AGENCY_LETTERS)
        .contains(&line.chars().take(MAX_AGENCY_LETTERS + 1).count())
        && line.chars().all(|c| c.is_ascii_uppercase());
    is_agency || is_person_name(line) || is_names_list(line)
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
        // "The East African": a paper's name, not a person's.
        && words.first().is_some_and(|w| *w != "The")
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

/// Several people's names on one line, joined by commas and a last "and" or "&" ("Ana
/// Lima and Rui Costa", "Ana Lima, Rui Costa & Jo Bell"): the byline of a shared piece.
pub fn is_names_list(line: &str) -> bool {
    let Some((head, last)) = line
        .rsplit_once(" and ")
        .or_else(|| line.rsplit_once(" & "))
    else {
        return false;
    };
    let names: Vec<&str> = head.split(", ").chain([last]).collect();
    (2..=MAX_NAMES_ON_A_LINE).contains(&names.len())
        && names.iter().all(|name| is_person_name(name.trim()))
}

/// A person's name followed by their role with no comma between ("Ines Duarte Trade
/// editor", "Ana Lima Staff Writer"): the role is a run of two words or more at the end,
/// the last a role word, the others role words or in lower case, and a capitalized word
/// right before a lower-case run ("Trade editor") when two words of name are left. Gives
/// the name.
pub fn name_before_role(line: &str) -> Option<String> {
    let words: Vec<&str> = line
        .split_whitespace()
        .take(MAX_ROLE_LINE_WORDS + 6)
        .collect();
    if !words.last().is_some_and(|last| is_any_role_word(last)) {
        return None;
    }
    let is_lower = |word: &str| word.chars().next().is_some_and(char::is_lowercase);
    let mut role_start = words.len() - 1;
    while role_start > 0 && {
        let word = words[role_start - 1];
        is_any_role_word(word) || is_lower(word)
    } {
        role_start -= 1;
    }
    if words.get(role_start).is_some_and(|first| is_lower(first)) && role_start > 2 {
        // "Trade editor": the role's first word is written with a capital, when the name
        // keeps two words without it.
        role_start -= 1;
    }
    let role_words = words.len() - role_start;
    let name = words[..role_start].join(" ");
    ((2..=MAX_ROLE_LINE_WORDS).contains(&role_words) && is_person_name(&name)).then_some(name)
}

/// A role standing alone on its line ("Economics Writer", "Nairobi bureau", "Senior
/// Correspondent"): a few words, the first capitalized, letters only, the last a role word.
pub fn is_role_line(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .take(MAX_ROLE_LINE_WORDS + 1)
        .collect();
    (1..=MAX_ROLE_LINE_WORDS).contains(&words.len())
        && line.chars().next().is_some_and(char::is_uppercase)
        && words.last().is_some_and(|last| is_any_role_word(last))
        && words.iter().all(|word| {
            word.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '&'))
        })
}

/// Most words of an outlet's name standing on its own line under a byline ("Reuters",
/// "BBC News, Nairobi", "Associated Press").
const MAX_OUTLET_WORDS: usize = 3;

/// An outlet's name on its own line, with its bureau after a comma ("Reuters", "BBC News,
/// Nairobi"): one to three capitalized words of letters, not all in capitals. Under a
/// byline it is the writer's outlet, not the body's start.
pub fn is_outlet_line(line: &str) -> bool {
    let (name, bureau) = line.split_once(", ").unwrap_or((line, ""));
    let words: Vec<&str> = name.split_whitespace().take(MAX_OUTLET_WORDS + 1).collect();
    (1..=MAX_OUTLET_WORDS).contains(&words.len())
        && words.iter().all(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        // "NAIROBI" alone is the body's dateline, not an outlet.
        && name.chars().any(char::is_lowercase)
        && (bureau.is_empty() || is_place_name(bureau))
}

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
    fn names_lists_roles_without_commas_and_role_lines() {
        use super::{is_names_list, is_role_line, name_before_role};
        assert!(is_names_list("Ana Lima and Rui Costa"));
        assert!(is_names_list("Ana Lima, Rui Costa & Jo Bell"));
        assert!(!is_names_list("Ana Lima and the ministers"));
        assert!(!is_names_list("Russia and Ukraine"));
        assert_eq!(
            name_before_role("Ines Duarte Trade editor").as_deref(),
            Some("Ines Duarte")
        );
        assert_eq!(
            name_before_role("Ana Lima Staff Writer").as_deref(),
            Some("Ana Lima")
        );
        assert_eq!(
            name_before_role("Ana Lima chief political correspondent").as_deref(),
            Some("Ana Lima")
        );
        assert_eq!(name_before_role("Government Names New Editor"), None);
        assert_eq!(name_before_role("Editor"), None);
        assert!(is_role_line("Economics Writer"));
        assert!(is_role_line("Lagos bureau"));
        assert!(!is_role_line("Writers gathered in Lagos"));
        assert!(!is_role_line("the editor said"));
    }

    #[test]
    fn agencies_and_names_may_stand_alone_as_bylines() {
        use super::is_bare_author_name;
        assert!(is_bare_author_name("AFP"));
        assert!(is_bare_author_name("Ana Lima"));
        assert!(is_bare_author_name("Ana Lima and Rui Costa"));
        assert!(!is_bare_author_name("A"));
        assert!(!is_bare_author_name("Reuters reported"));
        assert!(!is_bare_author_name("WASHINGTON"));
    }
}
