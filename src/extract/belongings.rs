//! Belongings taken with their owners: "The men were detained by the coast guard. Their
//! boat was seized." A seizure told in the passive of what "their" people own, with no
//! one named as seizing, is the act of the side that has just detained them, on the
//! same side.

use crate::extract::doc::class;
use crate::extract::events::{Context, Draft};

/// Possessive pronouns that may open the subject of the seizure.
const OWNERS: [&str; 3] = ["their", "his", "her"];

/// Gives the sides of the latest detention told in `earlier` (or before it in `current`)
/// to each passive seizure with no agent in `current` whose subject a possessive pronoun opens.
pub(crate) fn seized_with_owners(ctx: &Context, earlier: &[Draft], current: &mut [Draft]) {
    for i in 0..current.len() {
        if !passive_seizure_of_theirs(ctx, &current[i]) {
            continue;
        }
        let sentence = current[i].sentence;
        // The detention of this sentence or the one before: "their" looks no further back.
        let detention = told_before(current, i, earlier)
            .take_while(|d| d.sentence + 1 >= sentence)
            .find(|d| d.class == "Arrest" && !d.targets.is_empty());
        let Some(detention) = detention else {
            continue;
        };
        // "The herders were arrested by a joint team": who detained them may have been told
        // in an earlier account of the same detention.
        let agents = detainers(current, i, earlier, |targets| targets == detention.targets);
        if let Some(agents) = agents {
            let targets = detention.targets.clone();
            current[i].agents = agents;
            current[i].targets = targets;
        }
    }
}

/// The acts told before `current[i]`, latest first: those of its sentence, then `earlier`.
pub(crate) fn told_before<'a>(
    current: &'a [Draft],
    i: usize,
    earlier: &'a [Draft],
) -> impl Iterator<Item = &'a Draft> {
    current[..i].iter().rev().chain(earlier.iter().rev())
}

/// Who detained the people of the latest detention told before `current[i]` whose targets
/// `held` accepts, if it names them.
pub(crate) fn detainers(
    current: &[Draft],
    i: usize,
    earlier: &[Draft],
    held: impl Fn(&[usize]) -> bool,
) -> Option<Vec<usize>> {
    told_before(current, i, earlier)
        .find(|d| d.class == "Arrest" && !d.agents.is_empty() && held(&d.targets))
        .map(|d| d.agents.clone())
}

/// "Their two boats were impounded", "Her car was also confiscated": a coercive verb in
/// the passive, no one found seizing, its subject opened by a possessive pronoun.
fn passive_seizure_of_theirs(ctx: &Context, d: &Draft) -> bool {
    let doc = ctx.doc;
    let s_start = doc.sentences[d.sentence].start;
    // The targets found may be the owners the pronoun stands for, or what the belongings
    // carry ("Their lorries, carrying Turkish tiles, were impounded"): the detention says.
    if d.class != "Coercion" || !d.verbal || !d.agents.is_empty() || !d.participants.is_empty() {
        return false;
    }
    // "were (also) impounded": a form of "be" right before, past an adverb.
    let passive = (d.start.saturating_sub(2).max(s_start)..d.start).any(|k| doc.is(k, class::BE));
    // The pronoun opens the sentence, or its clause after "and".
    let owner_opens = (s_start..d.start).any(|k| {
        OWNERS.contains(&doc.lower(k)) && (k == s_start || matches!(doc.lower(k - 1), "and" | ","))
    });
    passive && owner_opens
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::run;

    fn coercions(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
        run(text, "2026-03-04")
            .events
            .iter()
            .filter(|e| e.class == "Coercion")
            .map(|e| (e.agents.clone(), e.targets.clone()))
            .collect()
    }

    #[test]
    fn belongings_seized_after_a_detention_are_the_detainers_act() {
        let text = "Latvia has detained three Estonian fishermen in the Gulf of Riga, the \
                    Estonian foreign ministry said on Tuesday.\n\nThe men were detained on \
                    Monday by a Latvian coast guard patrol near the maritime line. Their two \
                    boats were impounded and towed to a naval base.";
        let found = coercions(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, vec!["country/LVA".to_string()]);
        assert_eq!(
            found[0].1,
            vec!["group/three-estonian-fishermen".to_string()]
        );
    }

    #[test]
    fn a_seizure_far_from_any_detention_stays_without_sides() {
        let text = "Latvia has detained three Estonian fishermen in the Gulf of Riga.\n\n\
                    The talks on fishing quotas went on all week in Riga. Officials spoke of \
                    progress on the quotas.\n\nTheir boats were impounded.";
        assert!(coercions(text).is_empty(), "{:?}", coercions(text));
    }
}
