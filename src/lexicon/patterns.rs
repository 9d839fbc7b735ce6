//! Trigger patterns of `events.toml` ("V:hold * talks"), parsed into the word forms they
//! match: verbs in every inflection, nouns in both numbers, and named word sets of the
//! file's `[sets]` table ("V:{easing} * N:{curbs}") expanded into each of their words.

use std::collections::HashMap;

use anyhow::{Result, bail};

use super::lower_tokens;

/// One element of a trigger pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternToken {
    /// Any of these lowercase forms.
    Forms(Vec<String>),
    /// Up to `GAP` tokens within the clause.
    Gap,
    /// `**`: up to `LONG_GAP` tokens within the clause ("attributed a cyberattack that
    /// paralysed the port for three days in August to ...").
    LongGap,
}

/// Every inflection of a verb: base, 3rd person, past, participle, gerund.
pub fn verb_forms(lemma: &str, irregular: &HashMap<String, Vec<String>>) -> Vec<String> {
    let mut forms = vec![lemma.to_string()];
    let chars: Vec<char> = lemma.chars().collect();
    let n = chars.len();
    let last = chars.last().copied().unwrap_or(' ');
    let vowel = |c: char| "aeiou".contains(c);
    let (stem_s, stem_ed, stem_ing) = if last == 'e' {
        let stem: String = chars[..n - 1].iter().collect();
        (
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem}ing"),
        )
    } else if last == 'y' && n > 1 && !vowel(chars[n - 2]) {
        let stem: String = chars[..n - 1].iter().collect();
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        )
    } else if lemma.ends_with('s')
        || lemma.ends_with('x')
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
        || lemma.ends_with('z')
    {
        (
            format!("{lemma}es"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        )
    } else {
        (
            format!("{lemma}s"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        )
    };
    forms.push(stem_s);
    forms.push(stem_ed);
    forms.push(stem_ing);
    // Consonant-vowel-consonant endings may double ("ban" → "banned", "expel" → "expelled").
    if n >= 3
        && !vowel(last)
        && vowel(chars[n - 2])
        && !vowel(chars[n - 3])
        && !"wxy".contains(last)
    {
        forms.push(format!("{lemma}{last}ed"));
        forms.push(format!("{lemma}{last}ing"));
    }
    if let Some(extra) = irregular.get(lemma) {
        forms.extend(extra.iter().cloned());
    }
    forms
}

/// Singular and plural of a noun.
pub fn noun_forms(noun: &str) -> Vec<String> {
    let plural = if noun.ends_with('s')
        || noun.ends_with('x')
        || noun.ends_with("ch")
        || noun.ends_with("sh")
    {
        format!("{noun}es")
    } else if noun.ends_with('y')
        && !noun.ends_with("ay")
        && !noun.ends_with("ey")
        && !noun.ends_with("oy")
    {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    };
    vec![noun.to_string(), plural]
}

/// Parses one trigger pattern ("V:hold * talks") into pattern tokens. An element may
/// name a set of `sets` in braces in place of its word ("V:{easing}", "N:{curbs}",
/// "{ports}"): it then matches the forms of every word of the set.
pub fn parse_pattern(
    pattern: &str,
    irregular: &HashMap<String, Vec<String>>,
    sets: &HashMap<String, Vec<String>>,
) -> Result<Vec<PatternToken>> {
    let mut out = Vec::new();
    for part in pattern.split_whitespace() {
        if part == "*" {
            out.push(PatternToken::Gap);
            continue;
        }
        if part == "**" {
            out.push(PatternToken::LongGap);
            continue;
        }
        let (kind, word) = match part.split_at_checked(2) {
            Some((kind @ ("V:" | "v:" | "N:"), word)) => (kind, word),
            _ => ("", part),
        };
        let words = match word.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
            Some(name) => match sets.get(name) {
                Some(words) => words.clone(),
                None => bail!("pattern `{pattern}` names no set `{name}` of [sets]"),
            },
            None => vec![word.to_string()],
        };
        let mut forms: Vec<String> = Vec::new();
        for word in &words {
            let word = word.to_lowercase();
            match kind {
                "V:" => forms.extend(verb_forms(&word, irregular)),
                "N:" => forms.extend(noun_forms(&word)),
                // One verb form only ("v:barred"): a verb, without the other inflections.
                "v:" => forms.push(word),
                _ if words.len() == 1 => {
                    // A plain word may stand for several tokens ("visa-free").
                    out.extend(
                        lower_tokens(&word)
                            .into_iter()
                            .map(|token| PatternToken::Forms(vec![token])),
                    );
                }
                _ => match lower_tokens(&word).as_slice() {
                    [token] => forms.push(token.clone()),
                    _ => bail!("pattern `{pattern}`: set word `{word}` is not one token"),
                },
            }
        }
        if !forms.is_empty() {
            forms.dedup();
            out.push(PatternToken::Forms(forms));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::{PatternToken, noun_forms, parse_pattern, verb_forms};

    #[test]
    fn inflects_regular_and_irregular_verbs() {
        let irregular: HashMap<String, Vec<String>> =
            [("meet".to_string(), vec!["met".to_string()])]
                .into_iter()
                .collect();
        let forms = verb_forms("arrive", &irregular);
        assert!(forms.contains(&"arrived".to_string()) && forms.contains(&"arriving".to_string()));
        let forms = verb_forms("ban", &irregular);
        assert!(forms.contains(&"banned".to_string()) && forms.contains(&"bans".to_string()));
        assert!(verb_forms("meet", &irregular).contains(&"met".to_string()));
        assert!(verb_forms("deny", &irregular).contains(&"denied".to_string()));
        assert_eq!(noun_forms("treaty"), ["treaty", "treaties"]);
    }

    fn sets() -> HashMap<String, Vec<String>> {
        [
            (
                "easing".to_string(),
                vec!["lift".to_string(), "ease".to_string()],
            ),
            (
                "curbs".to_string(),
                vec!["curb".to_string(), "ban".to_string()],
            ),
        ]
        .into_iter()
        .collect()
    }

    fn forms(token: &PatternToken) -> Vec<String> {
        match token {
            PatternToken::Forms(forms) => forms.clone(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_named_set_matches_the_forms_of_each_of_its_words() {
        let parsed = parse_pattern("V:{easing} * N:{curbs}", &HashMap::new(), &sets()).unwrap();
        assert_eq!(parsed.len(), 3);
        let verbs = forms(&parsed[0]);
        for form in ["lift", "lifted", "lifting", "ease", "eased", "easing"] {
            assert!(verbs.contains(&form.to_string()), "{form} in {verbs:?}");
        }
        assert_eq!(parsed[1], PatternToken::Gap);
        assert_eq!(forms(&parsed[2]), ["curb", "curbs", "ban", "bans"]);
        let plain = parse_pattern("{curbs} on", &HashMap::new(), &sets()).unwrap();
        assert_eq!(forms(&plain[0]), ["curb", "ban"]);
        assert_eq!(forms(&plain[1]), ["on"]);
    }

    #[test]
    fn plain_patterns_parse_as_before() {
        let parsed = parse_pattern("V:hold ** visa-free", &HashMap::new(), &sets()).unwrap();
        assert_eq!(forms(&parsed[0])[..2], ["hold", "holds"]);
        assert_eq!(parsed[1], PatternToken::LongGap);
        let words: Vec<Vec<String>> = parsed[2..].iter().map(forms).collect();
        let expected: Vec<Vec<String>> = super::lower_tokens("visa-free")
            .into_iter()
            .map(|token| vec![token])
            .collect();
        assert_eq!(words, expected);
    }

    #[test]
    fn an_unknown_set_is_an_error_naming_it() {
        let error = parse_pattern("V:{easings} * ban", &HashMap::new(), &sets()).unwrap_err();
        assert!(error.to_string().contains("no set `easings`"), "{error}");
    }
}
