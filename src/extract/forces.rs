//! Forces named after an act's noun: "the withdrawal of French troops", "the deployment of
//! Russia's warships" tell whose act it is.

use crate::annotation::EntityKind;
use crate::extract::entities::MentionKind;
use crate::extract::roles::Context;

/// Words that may stand between "of" and the country of the forces.
const LEADS: [&str; 7] = ["the", "all", "its", "their", "remaining", "last", "some"];

impl Context<'_> {
    /// The mention of the country or body whose forces the phrase opening at `from`
    /// names ("the last French troops", "Hamas fighters"), with at most two words between
    /// its name and the forces ("Hamas combat units"), or of the forces themselves when
    /// they are named as a country's ("Togo's soldiers").
    pub(crate) fn forces_owner_at(&self, from: usize, s_end: usize) -> Option<usize> {
        let mut k = from;
        while k < s_end && self.mentions.owner[k].is_none() && LEADS.contains(&self.doc.lower(k)) {
            k += 1;
        }
        let owner = self.mentions.owner.get(k).copied().flatten()?;
        let mention = &self.mentions.list[owner];
        if mention.start != k {
            return None;
        }
        // "Togolese troops", "the Greek navy", "Togo's soldiers": the country's forces,
        // named as one.
        let forces_of_country = match mention.kind {
            MentionKind::Institution => true,
            MentionKind::Group => {
                self.table.country_of(mention.entity).is_some()
                    && self
                        .lex
                        .sets
                        .force_nouns
                        .contains(self.doc.lower(mention.end - 1))
            }
            _ => false,
        };
        if forces_of_country {
            return Some(owner);
        }
        let actor = matches!(
            self.table.kind(mention.entity),
            EntityKind::Country | EntityKind::Organization
        );
        if !actor {
            return None;
        }
        if !matches!(mention.kind, MentionKind::Name | MentionKind::Demonym) {
            return None;
        }
        (mention.end..(mention.end + 3).min(s_end))
            .take_while(|&j| j == mention.end || self.mentions.owner[j].is_none())
            .find(|&j| self.lex.sets.force_nouns.contains(self.doc.lower(j)))
            .map(|_| owner)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::phrasings_tests::acts;

    #[test]
    fn a_call_for_the_withdrawal_of_a_countrys_forces_asks_that_country() {
        for text in [
            "Ghana called for the withdrawal of Togolese troops from the border area.",
            "Ghana called for the withdrawal of Togo's soldiers from the border area.",
            "Ghana demanded the withdrawal of all Togolese combat units.",
        ] {
            let found = acts(text);
            assert!(
                found
                    .iter()
                    .any(|(class, agents, targets)| class == "Request"
                        && agents == &["country/GHA"]
                        && targets == &["country/TGO"]),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn prisoners_released_are_no_forces_of_the_releaser() {
        // "of" names what is released, not who releases.
        let found = acts("Kyiv welcomed the release of Ukrainian soldiers by Russia.");
        assert!(
            !found
                .iter()
                .any(|(class, agents, _)| class == "Retreat" && agents == &["country/UKR"]),
            "{found:?}"
        );
    }
}
