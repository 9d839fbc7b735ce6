//! The entity table and mentions: every actor and place found in one article, each once,
//! and every stretch of tokens that refers to one of them.

use crate::annotation::{Entity, EntityKind};
use crate::extract::buffers;
use crate::lexicon::FastMap;

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// The entity's name or alias.
    Name,
    /// A demonym or adjective of a country ("Canadian").
    Demonym,
    /// A capital city standing for its government ("Beijing said").
    Government,
    /// A place.
    Place,
    /// An institution of a country ("Iran's judiciary", "the Greek navy").
    Institution,
    /// An unnamed group ("two Canadians").
    Group,
    /// A surname or other short form of a person or organization named before.
    Short,
    /// A role noun ("the prime minister") or pronoun referring back.
    Anaphor,
    /// A phrase for two actors at once ("both countries", "the two leaders").
    Pair,
}

/// One stretch of tokens that refers to an entity.
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    /// The second actor of a `Pair` mention.
    pub other: Option<usize>,
    pub kind: MentionKind,
    /// Written with a possessive ending ("Canada's").
    pub possessive: bool,
}

/// Entities of the article plus bookkeeping the extractor needs.
#[derive(Debug, Clone)]
pub struct EntityRecord {
    pub entity: Entity,
    /// Character position of the first mention (title mentions come after the body).
    pub first: usize,
    pub mentions: usize,
    /// Lowercase name tokens, for surname coreference.
    pub name_tokens: Vec<String>,
    pub forum: bool,
    pub leader: bool,
    /// For a country: its index in the lexicon.
    pub country: Option<usize>,
}

/// Every entity of the article, keyed once.
#[derive(Debug, Clone, Default)]
pub struct EntityTable {
    pub records: Vec<EntityRecord>,
    by_key: FastMap<String, usize>,
}

impl EntityTable {
    /// Finds or adds an entity; `position` is the character offset of this mention.
    pub fn intern(&mut self, entity: Entity, position: usize) -> usize {
        if let Some(&index) = self.by_key.get(&entity.key) {
            self.note_mention(index, position);
            let record = &mut self.records[index];
            if record.entity.title.is_none() {
                record.entity.title = entity.title;
            }
            if record.entity.affiliation.is_none() {
                record.entity.affiliation = entity.affiliation;
            }
            if record.entity.located_in.is_none() {
                record.entity.located_in = entity.located_in;
            }
            if record.entity.based_in.is_none() {
                record.entity.based_in = entity.based_in;
            }
            return index;
        }
        let name_tokens = entity
            .label
            .split(|c: char| c.is_whitespace())
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let index = self.records.len();
        self.by_key.insert(entity.key.clone(), index);
        self.records.push(EntityRecord {
            entity,
            first: position,
            mentions: 1,
            name_tokens,
            forum: false,
            leader: false,
            country: None,
        });
        index
    }

    /// Counts one more mention of entity `index`, at character `position`.
    pub fn note_mention(&mut self, index: usize, position: usize) {
        let record = &mut self.records[index];
        record.first = record.first.min(position);
        record.mentions += 1;
    }

    pub fn get(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// A person whose name ends with the lowercase `words` and is longer ("van leeuwen"
    /// for "Maarten van Leeuwen").
    pub fn person_ending_with(&self, words: &[&str]) -> Option<usize> {
        (0..self.records.len()).find(|&p| {
            let r = &self.records[p];
            r.entity.kind == EntityKind::Person
                && r.name_tokens.len() > words.len()
                && r.name_tokens[r.name_tokens.len() - words.len()..]
                    .iter()
                    .zip(words)
                    .all(|(a, b)| a == b)
        })
    }

    /// The organization first named before character `position` whose name opens with the
    /// lowercase `words` and goes on ("Golden Lotus" for "Golden Lotus Petroleum").
    pub fn organization_opening_with(&self, words: &[&str], position: usize) -> Option<usize> {
        self.organization_opening_among(0..self.records.len(), words, position)
    }

    /// [`organization_opening_with`](Self::organization_opening_with) among the records
    /// `candidates` (in table order), for a caller that asks it often of a few.
    pub fn organization_opening_among(
        &self,
        candidates: impl IntoIterator<Item = usize>,
        words: &[&str],
        position: usize,
    ) -> Option<usize> {
        candidates.into_iter().find(|&o| {
            let r = &self.records[o];
            r.entity.kind == EntityKind::Organization
                && r.first < position
                && r.name_tokens.len() > words.len()
                && r.name_tokens.iter().zip(words).all(|(a, b)| a == b)
        })
    }

    /// The records of entities of `kind`, in table order.
    pub fn of_kind(&self, kind: EntityKind) -> Vec<usize> {
        (0..self.records.len())
            .filter(|&e| self.records[e].entity.kind == kind)
            .collect()
    }

    pub fn key(&self, index: usize) -> &str {
        &self.records[index].entity.key
    }

    pub fn kind(&self, index: usize) -> EntityKind {
        self.records[index].entity.kind
    }

    /// Adds an alternative label once, unless it is the label itself.
    pub fn add_alt_label(&mut self, index: usize, label: &str) {
        let entity = &mut self.records[index].entity;
        if entity.label != label && !entity.alt_labels.iter().any(|l| l == label) {
            entity.alt_labels.push(label.to_string());
        }
    }

    /// The country an actor stands for: itself, or its affiliation / base / location.
    pub fn country_of(&self, index: usize) -> Option<usize> {
        let mut current = index;
        for _ in 0..3 {
            let entity = &self.records[current].entity;
            if entity.kind == EntityKind::Country {
                return Some(current);
            }
            let next = entity
                .affiliation
                .as_deref()
                .or(entity.based_in.as_deref())
                .or(entity.located_in.as_deref())
                .and_then(|k| self.get(k))?;
            current = next;
        }
        None
    }

    /// Whether an actor is an international body or its members as a group ("ASEAN
    /// foreign ministers", "G20 finance ministers").
    pub fn body_or_its_members(&self, index: usize) -> bool {
        let entity = &self.records[index].entity;
        match entity.kind {
            EntityKind::Organization => true,
            EntityKind::Group => entity
                .affiliation
                .as_deref()
                .and_then(|k| self.get(k))
                .is_some_and(|body| self.kind(body) == EntityKind::Organization),
            _ => false,
        }
    }

    /// A new plain entity value.
    pub fn blank(key: String, kind: EntityKind, label: String) -> Entity {
        Entity {
            key,
            kind,
            label,
            alt_labels: Vec::new(),
            iso_code: None,
            wikidata: None,
            title: None,
            affiliation: None,
            based_in: None,
            located_in: None,
        }
    }
}

/// Mentions of one text (body or title) with a token → mention index.
#[derive(Debug, Clone, Default)]
pub struct Mentions {
    pub list: Vec<Mention>,
    /// For each token, the mention covering it.
    pub owner: Vec<Option<usize>>,
    /// Live mentions in text order (ties in the order they were added), kept up to date
    /// by `add` and `replace`.
    order: Vec<usize>,
}

/// The token → mention list goes back to the thread's spare one, for the next document.
impl Drop for Mentions {
    fn drop(&mut self) {
        buffers::give_back_owners(std::mem::take(&mut self.owner));
    }
}

impl Mentions {
    pub fn new(token_count: usize) -> Mentions {
        // The list of the thread's previous document, emptied: see `buffers`.
        let mut owner = buffers::take_owners();
        owner.resize(token_count, None);
        Mentions {
            list: Vec::new(),
            owner,
            order: Vec::new(),
        }
    }

    /// True when no token of `start..end` is taken yet.
    pub fn free(&self, start: usize, end: usize) -> bool {
        end <= self.owner.len() && self.owner[start..end].iter().all(Option::is_none)
    }

    /// Adds a mention over free tokens; returns its index.
    pub fn add(&mut self, mention: Mention) -> Option<usize> {
        if mention.start >= mention.end || !self.free(mention.start, mention.end) {
            return None;
        }
        let index = self.list.len();
        let at = self
            .order
            .partition_point(|&m| self.list[m].start <= mention.start);
        self.order.insert(at, index);
        for slot in &mut self.owner[mention.start..mention.end] {
            *slot = Some(index);
        }
        self.list.push(mention);
        Some(index)
    }

    /// Replaces the mentions inside `start..end` by one new mention.
    pub fn replace(&mut self, mention: Mention) -> Option<usize> {
        let (start, end) = (mention.start, mention.end);
        if end > self.owner.len() || start >= end {
            return None;
        }
        for i in start..end {
            if let Some(old) = self.owner[i] {
                let (os, oe) = (self.list[old].start, self.list[old].end);
                if os < start || oe > end {
                    return None;
                }
            }
        }
        for i in start..end {
            if let Some(old) = self.owner[i] {
                if self.list[old].start < self.list[old].end {
                    self.order.retain(|&m| m != old);
                }
                self.list[old].end = self.list[old].start; // emptied
            }
            self.owner[i] = None;
        }
        self.add(mention)
    }

    /// The mention covering token `i`.
    pub fn at(&self, i: usize) -> Option<&Mention> {
        self.owner.get(i).copied().flatten().map(|m| &self.list[m])
    }

    /// Live mentions in text order.
    pub fn sorted(&self) -> Vec<usize> {
        self.order.clone()
    }

    /// Live mentions starting within tokens `from..to`, in text order.
    pub fn starting_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.order.partition_point(|&m| self.list[m].start < from);
        self.order[first..]
            .iter()
            .copied()
            .take_while(move |&m| self.list[m].start < to)
    }

    /// Live mentions in text order, borrowed.
    pub fn order(&self) -> &[usize] {
        &self.order
    }
}

#[cfg(test)]
mod tests {
    use super::{Mention, MentionKind, Mentions};

    fn mention(start: usize, end: usize, entity: usize) -> Mention {
        Mention {
            start,
            end,
            entity,
            other: None,
            kind: MentionKind::Name,
            possessive: false,
        }
    }

    #[test]
    fn order_follows_the_text_through_adds_and_replacements() {
        let mut mentions = Mentions::new(20);
        mentions.add(mention(10, 12, 0));
        mentions.add(mention(2, 3, 1));
        mentions.add(mention(5, 6, 2));
        mentions.add(mention(6, 7, 3));
        assert_eq!(mentions.sorted(), [1, 2, 3, 0]);
        // One mention over 5..7 empties the two it covers.
        mentions.replace(mention(5, 7, 4));
        assert_eq!(mentions.sorted(), [1, 4, 0]);
        assert_eq!(mentions.order(), [1, 4, 0]);
        assert!(mentions.add(mention(11, 13, 5)).is_none());
        mentions.add(mention(0, 1, 6));
        let mut by_sorting: Vec<usize> = (0..mentions.list.len())
            .filter(|&m| mentions.list[m].start < mentions.list[m].end)
            .collect();
        by_sorting.sort_by_key(|&m| mentions.list[m].start);
        assert_eq!(mentions.sorted(), by_sorting);
        assert_eq!(mentions.sorted(), [5, 1, 4, 0]);
        assert_eq!(mentions.starting_in(1, 10).collect::<Vec<_>>(), [1, 4]);
        assert_eq!(mentions.starting_in(3, 5).count(), 0);
    }
}
