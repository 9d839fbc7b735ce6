//! Lexicons: the actor, title, place, event, topic and word vocabularies kept as data in `ontology/`.
//!
//! The files are compiled into the binary; `--lexicons DIR` loads a user's copies instead.
//! Loading parses the TOML and builds the lookup indices the extractor uses (first token →
//! candidate phrases), so extraction itself never scans a whole lexicon.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::annotation::slug;
use crate::extract::tokens::{Token, tokenize};

mod patterns;

pub use patterns::{PatternToken, noun_forms, parse_pattern, verb_forms};

const FILES: [&str; 8] = [
    "countries.toml",
    "organizations.toml",
    "people.toml",
    "places.toml",
    "titles.toml",
    "events.toml",
    "topics.toml",
    "words.toml",
];

const EMBEDDED: [&str; 8] = [
    include_str!("../ontology/countries.toml"),
    include_str!("../ontology/organizations.toml"),
    include_str!("../ontology/people.toml"),
    include_str!("../ontology/places.toml"),
    include_str!("../ontology/titles.toml"),
    include_str!("../ontology/events.toml"),
    include_str!("../ontology/topics.toml"),
    include_str!("../ontology/words.toml"),
];

/// A sovereign state as `countries.toml` lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    pub iso: String,
    pub name: String,
    #[serde(default)]
    pub wikidata: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub capital: Option<String>,
    /// Seats of government that stand for it and are no place of their own when they act
    /// ("the Foreign Office rejected it", "the White House said").
    #[serde(default)]
    pub seats: Vec<String>,
}

/// An organization from `organizations.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct Organization {
    pub name: String,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub forum: bool,
    #[serde(default)]
    pub based_in: Option<String>,
    /// The country a state body acts for ("State Department": the United States); a
    /// company based in a country does not act for it.
    #[serde(default)]
    pub acts_for: Option<String>,
    #[serde(default)]
    pub wikidata: Option<String>,
    /// The city whose name stands for the body when it acts ("Brussels" for the EU).
    #[serde(default)]
    pub seat: Option<String>,
}

/// A well-known person from `people.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct KnownPerson {
    pub name: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub affiliation: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A place from `places.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct KnownPlace {
    pub name: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub within: Option<String>,
}

/// How a role is filled by the actors around a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Agent,
    Target,
    Participant,
    #[default]
    None,
}

/// What follows a speech-act trigger and is only its content ("urged X *to withdraw*").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Content {
    #[default]
    None,
    To,
    Of,
    That,
    All,
}

/// A pattern element with its forms as vocabulary word numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternWord {
    Forms(Vec<u32>),
    Gap(usize),
}

/// Longest gap a `*` may cover.
pub const GAP: usize = 10;
/// Longest gap a `**` may cover.
pub const LONG_GAP: usize = 24;

/// An event trigger entry of `events.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct Trigger {
    pub id: String,
    pub class: String,
    pub patterns: Vec<String>,
    #[serde(default)]
    pub subject: Role,
    #[serde(default)]
    pub object: Role,
    #[serde(default)]
    pub preps: Vec<String>,
    #[serde(default)]
    pub symmetric: bool,
    #[serde(default)]
    pub place_target: bool,
    #[serde(default)]
    pub target_kinds: Vec<String>,
    #[serde(default)]
    pub require_target: bool,
    #[serde(default)]
    pub require_agent: bool,
    #[serde(default)]
    pub counterpart: bool,
    #[serde(default)]
    pub content: Content,
    #[serde(default)]
    pub not_before: Vec<String>,
    #[serde(default)]
    pub not_after: Vec<String>,
    /// Words that stop a noun's match when they stand before it, its article or its
    /// possessor, within three words ("accepted an invitation", "declined IGAD's invitation").
    #[serde(default)]
    pub not_governed_by: Vec<String>,
    /// The match needs one of these phrases right after it.
    #[serde(default)]
    pub only_before: Vec<String>,
    /// The match needs one of these words right before it, or before the "have", "has" or
    /// "had" right before it.
    #[serde(default)]
    pub only_after: Vec<String>,
    /// Negated, the act keeps an option open and tells of no act ("has not ruled out").
    #[serde(default)]
    pub open_when_negated: bool,
    #[serde(default = "default_priority")]
    pub priority: u8,
    #[serde(default)]
    pub light: bool,
    #[serde(default)]
    pub object_not_person: bool,
    /// The trigger whose act this one is when its object is a person ("welcomed the
    /// Syrian president" is a meeting, "welcomed the decision" support).
    #[serde(default)]
    pub person_object: Option<String>,
    #[serde(default)]
    pub future_pledge: bool,
    #[serde(default)]
    pub answers: bool,
    /// Often told with no one named as its author ("was abducted"), so an event with no
    /// agent is kept.
    #[serde(default)]
    pub unnamed_agent: bool,
    /// Not this act when a noun phrase follows the object: "called Ruto a friend" names
    /// him, it is no call.
    #[serde(default)]
    pub no_object_complement: bool,
    #[serde(default)]
    pub speaker_agent: bool,
    #[serde(default)]
    pub modal_ok: bool,
    /// The act is only put forward ("proposed tariffs on"): planned, not carried out.
    #[serde(default)]
    pub proposed: bool,
    /// The act is agreed or arranged for later ("agreed to meet again in May"): planned,
    /// and its date lies ahead.
    #[serde(default)]
    pub planned: bool,
    /// No act when the verb's subject is a thing ("the dam threatens its survival").
    #[serde(default)]
    pub actor_subject: bool,
    /// No act when the content tells, with a hedge of `hedges` and no actor named before
    /// it, what may happen ("warned that cholera could spread") rather than what the
    /// speaker's side will do ("warned that Japan would go to the WTO").
    #[serde(default)]
    pub volitional_content: bool,
    /// Parsed `patterns`.
    #[serde(skip)]
    pub parsed: Vec<Vec<PatternToken>>,
    /// `parsed` with word numbers for forms (`Lexicon::vocabulary`): tokens of a `Doc`
    /// match a form when their word number is the form's.
    #[serde(skip)]
    pub parsed_words: Vec<Vec<PatternWord>>,
    /// Parsed `not_before` phrases.
    #[serde(skip)]
    pub not_before_tokens: Vec<Vec<String>>,
    /// Parsed `only_before` phrases.
    #[serde(skip)]
    pub only_before_tokens: Vec<Vec<String>>,
}

fn default_priority() -> u8 {
    1
}

/// A topic and the words that signal it.
#[derive(Debug, Clone, Deserialize)]
pub struct Topic {
    pub name: String,
    pub words: Vec<String>,
}

/// Titles, honorifics and role nouns (`titles.toml`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Titles {
    pub heads: Vec<String>,
    pub leaders: Vec<String>,
    pub modifiers: Vec<String>,
    pub honorifics: Vec<String>,
    pub person_cues: Vec<String>,
    #[serde(default)]
    pub given_names: Vec<String>,
    pub role_nouns: HashMap<String, String>,
}

/// Function and cue words (`words.toml`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Words {
    pub abbreviations: Vec<String>,
    pub sentence_starters: Vec<String>,
    pub not_names: Vec<String>,
    pub speech_verbs: Vec<String>,
    pub prepositions: Vec<String>,
    pub locative_prepositions: Vec<String>,
    pub clause_barriers: Vec<String>,
    pub relative_pronouns: Vec<String>,
    pub be_forms: Vec<String>,
    pub have_forms: Vec<String>,
    pub negations: Vec<String>,
    pub planned_cues: Vec<String>,
    pub ongoing_cues: Vec<String>,
    pub hypothetical_cues: Vec<String>,
    #[serde(default)]
    pub hedges: Vec<String>,
    pub future_in_past: Vec<String>,
    pub pronouns_person: Vec<String>,
    pub pronouns_actor: Vec<String>,
    pub group_nouns: Vec<String>,
    #[serde(default)]
    pub possessive_name_words: Vec<String>,
    #[serde(default)]
    pub forces_of_order: Vec<String>,
    #[serde(default)]
    pub force_nouns: Vec<String>,
    #[serde(default)]
    pub venue_nouns: Vec<String>,
    #[serde(default)]
    pub intent_nouns: Vec<String>,
    #[serde(default)]
    pub military_name_words: Vec<String>,
    #[serde(default)]
    pub diplomatic_posts: Vec<String>,
    #[serde(default)]
    pub resident_nouns: Vec<String>,
    #[serde(default)]
    pub company_heads: Vec<String>,
    #[serde(default)]
    pub given_name_places: Vec<String>,
    #[serde(default)]
    pub place_taking_verbs: Vec<String>,
    #[serde(default)]
    pub attempt_verbs: Vec<String>,
    #[serde(default)]
    pub resolving_verbs: Vec<String>,
    #[serde(default)]
    pub acting_units: Vec<String>,
    #[serde(default)]
    pub addressed_things: Vec<String>,
    #[serde(default)]
    pub joint_words: Vec<String>,
    #[serde(default)]
    pub joint_bodies: Vec<String>,
    #[serde(default)]
    pub habitual_cues: Vec<String>,
    #[serde(default)]
    pub deliberation_verbs: Vec<String>,
    #[serde(default)]
    pub cancel_verbs: Vec<String>,
    #[serde(default)]
    pub cancel_particle_verbs: Vec<String>,
    #[serde(default)]
    pub clause_speech_verbs: Vec<String>,
    #[serde(default)]
    pub topic_verbs: Vec<String>,
    #[serde(default)]
    pub purchase_verbs: Vec<String>,
    #[serde(default)]
    pub progressive_adverbs: Vec<String>,
    #[serde(default)]
    pub giving_verbs: Vec<String>,
    #[serde(default)]
    pub generic_group_nouns: Vec<String>,
    #[serde(default)]
    pub mishap_nouns: Vec<String>,
    #[serde(default)]
    pub sequence_adverbs: Vec<String>,
    #[serde(default)]
    pub crowd_nouns: Vec<String>,
    #[serde(default)]
    pub foreign_crowds: Vec<String>,
    #[serde(default)]
    pub unnamed_person_nouns: Vec<String>,
    #[serde(default)]
    pub object_before_of: Vec<String>,
    #[serde(default)]
    pub counterpart_nouns: Vec<String>,
    #[serde(default)]
    pub delegation_nouns: Vec<String>,
    #[serde(default)]
    pub message_objects: Vec<String>,
    #[serde(default)]
    pub body_part_nouns: Vec<String>,
    #[serde(default)]
    pub breach_verbs: Vec<String>,
    #[serde(default)]
    pub address_verbs: Vec<String>,
    #[serde(default)]
    pub response_verbs: Vec<String>,
    #[serde(default)]
    pub travel_verbs: Vec<String>,
    #[serde(default)]
    pub letter_verbs: Vec<String>,
    #[serde(default)]
    pub sovereignty_nouns: Vec<String>,
    #[serde(default)]
    pub currencies: Vec<String>,
    #[serde(default)]
    pub protest_crowds: Vec<String>,
    pub institution_nouns: Vec<String>,
    pub both_sides: Vec<String>,
    pub number_words: Vec<String>,
    pub about: Vec<String>,
    pub more_than: Vec<String>,
    pub less_than: Vec<String>,
    pub share_verbs: Vec<String>,
    pub share_nouns: Vec<String>,
    /// Ships and aircraft: seized or detained, they are property, not people.
    #[serde(default)]
    pub vessel_nouns: Vec<String>,
    /// Capitalized abbreviations that name no organization ("GDP", "CEO", "GMT").
    #[serde(default)]
    pub not_acronyms: Vec<String>,
    pub irregular: HashMap<String, Vec<String>>,
    /// Words after a noun event that call it off ("will not take place", "was cancelled").
    #[serde(default)]
    pub cancel_cues: Vec<String>,
    /// Description nouns ("bloc", "kingdom") → the actors they may stand for.
    #[serde(default)]
    pub descriptions: HashMap<String, Vec<String>>,
    /// Objects that make a verb of force figurative ("struck a cautious tone").
    #[serde(default)]
    pub figurative_objects: Vec<String>,
    /// Forces of nature that strike and hit ("an earthquake struck the capital").
    #[serde(default)]
    pub natural_forces: Vec<String>,
    /// Nouns naming an act told before ("the launch") → the event classes they may name.
    #[serde(default)]
    pub act_nouns: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct CountriesFile {
    country: Vec<Country>,
}

#[derive(Deserialize)]
struct OrganizationsFile {
    #[serde(default)]
    heads: Vec<String>,
    #[serde(default)]
    generic_heads: Vec<String>,
    #[serde(default)]
    company_cues: Vec<String>,
    #[serde(default)]
    company_list_nouns: Vec<String>,
    #[serde(default)]
    organization: Vec<Organization>,
}

#[derive(Deserialize)]
struct PeopleFile {
    #[serde(default)]
    person: Vec<KnownPerson>,
}

#[derive(Deserialize)]
struct PlacesFile {
    #[serde(default)]
    heads: Vec<String>,
    #[serde(default)]
    venue_heads: Vec<String>,
    #[serde(default)]
    place_nouns: Vec<String>,
    #[serde(default)]
    place: Vec<KnownPlace>,
}

#[derive(Deserialize)]
struct EventsFile {
    #[serde(default)]
    labels: HashMap<String, String>,
    /// Named word sets patterns may use in braces ("V:{easing} * N:{curbs}").
    #[serde(default)]
    sets: HashMap<String, Vec<String>>,
    #[serde(default)]
    trigger: Vec<Trigger>,
}

#[derive(Deserialize)]
struct TopicsFile {
    #[serde(default)]
    topic: Vec<Topic>,
}

/// What a name in the text stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameTarget {
    /// Country by name or alias.
    Country(usize),
    /// Country by demonym or adjective ("Canadian").
    Demonym(usize),
    /// A country's capital: the government when it acts, else a place.
    Capital(usize),
    /// A seat of a country's government ("the Foreign Office"): the government.
    Seat(usize),
    Organization(usize),
    Person(usize),
    Place(usize),
}

/// One name phrase: its tokens as written in the lexicon and what it names.
#[derive(Debug, Clone)]
pub struct NamePhrase {
    pub tokens: Vec<String>,
    pub target: NameTarget,
}

/// Every lexicon the extractor uses, parsed and indexed.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub organizations: Vec<Organization>,
    pub org_heads: WordSet,
    pub generic_org_heads: WordSet,
    pub company_cues: WordSet,
    pub company_list_nouns: WordSet,
    /// The company list nouns and their singulars ("companies", "company").
    pub company_nouns: WordSet,
    pub people: Vec<KnownPerson>,
    pub places: Vec<KnownPlace>,
    pub place_heads: WordSet,
    pub venue_heads: WordSet,
    pub place_nouns: WordSet,
    pub titles: Titles,
    /// Title heads ("Prime Minister"), matched without regard to case.
    pub title_heads: PhraseSet,
    pub leader_heads: WordSet,
    pub title_modifiers: WordSet,
    /// Honorifics ("H.E.", "Datuk").
    pub honorifics: PhraseSet,
    pub person_cues: WordSet,
    /// Title heads that are also given names (`titles.toml` `given_names`), lowercased.
    pub given_name_titles: WordSet,
    pub triggers: Vec<Trigger>,
    pub labels: HashMap<String, String>,
    pub topics: Vec<Topic>,
    pub words: Words,
    /// Folded lowercase first token → index in `name_lists` of the name phrases starting with it.
    pub names: FastMap<String, u32>,
    /// Name phrases sharing a first token, longest first.
    pub name_lists: Vec<Vec<NamePhrase>>,
    /// Lowercase first token form → (trigger, pattern) pairs starting with it.
    pub trigger_index: WordMap<Vec<(usize, usize)>>,
    /// The same pairs at the index of the form's word number (`Token::word` in a `Doc`),
    /// empty for a word that opens no pattern: no string hashed and compared again for
    /// each trigger word of a text, nor the number hashed.
    pub trigger_by_word: Vec<Vec<(usize, usize)>>,
    /// Lowercase word → topics it signals; phrases are keyed by their first word.
    pub topic_index: WordMap<Vec<(Vec<String>, usize)>>,
    /// Every inflected form of a speech verb.
    pub speech_forms: WordSet,
    /// Irregular past forms that differ from their base ("held", "withdrew").
    pub irregular_past: WordSet,
    pub sets: WordSets,
    /// Country ISO code → index.
    pub country_by_iso: FastMap<String, usize>,
    /// Role nouns ("prime minister") as lowercase words with their title, longest first
    /// (then by words): the order in which anaphora tries them.
    pub role_noun_phrases: Vec<(Vec<String>, String)>,
    /// The first words of `role_noun_phrases`.
    pub role_noun_firsts: WordSet,
    /// The nouns of `words.descriptions` as lowercase words, each with the actors it may
    /// describe, sorted: the order in which `extract::descriptions` tries them.
    pub description_phrases: Vec<(Vec<String>, Vec<String>)>,
    /// The first words of `description_phrases`.
    pub description_firsts: WordSet,
    /// Every lowercase word some lexicon lists, with its number, word classes and name
    /// phrases: [`crate::extract::doc::Doc::new`] looks each token up once.
    pub vocabulary: FastMap<String, WordInfo>,
}

/// What the lexicons know of one lowercase word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordInfo {
    /// Number of the word in the vocabulary: tokens compare by it, not by their text.
    pub id: u32,
    /// `extract::doc::class` bits (all but `CAPITALIZED`, which depends on the text).
    pub classes: u16,
    /// Index in [`Lexicon::name_lists`] of the names the word opens, or [`NO_WORD`].
    pub names: u32,
}

/// The word number of a token no lexicon lists (and "no name list").
pub const NO_WORD: u32 = u32::MAX;
/// The word number of a token not looked up in a vocabulary (outside a `Doc`).
pub const UNSET_WORD: u32 = u32::MAX - 1;

/// Numbers the words of the lexicons while they load.
#[derive(Debug, Default)]
struct Numbering {
    ids: FastMap<String, u32>,
}

impl Numbering {
    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(UNSET_WORD - 1);
        self.ids.insert(word.to_string(), id);
        id
    }
}

/// The word lists of `words.toml` as sets for O(1) membership tests.
#[derive(Debug, Default)]
pub struct WordSets {
    pub abbreviations: WordSet,
    pub sentence_starters: WordSet,
    pub not_names: WordSet,
    pub prepositions: WordSet,
    pub locative: WordSet,
    pub barriers: WordSet,
    pub relative: WordSet,
    pub be: WordSet,
    pub have: WordSet,
    pub pronouns_person: WordSet,
    pub pronouns_actor: WordSet,
    pub group_nouns: WordSet,
    /// One member of a group: the singulars of `group_nouns` ("driver", "fisherman").
    pub group_member_nouns: WordSet,
    pub possessive_name_words: WordSet,
    pub forces_of_order: WordSet,
    /// Armed forces a country sends or pulls back ("troops", "warships").
    pub force_nouns: WordSet,
    /// Gatherings and premises a body's name may modify ("the EU summit").
    pub venue_nouns: WordSet,
    pub intent_nouns: WordSet,
    pub military_name_words: WordSet,
    pub diplomatic_posts: WordSet,
    /// Bodies that belong to the country they are in ("companies in Russia").
    pub resident_nouns: WordSet,
    /// Last words of a company's name ("Resources", "Airlines").
    pub company_heads: WordSet,
    /// Places whose names are also given names ("Sofia Haddad").
    pub given_name_places: WordSet,
    /// Verbs of acts on people whose object may be a place or a ship ("captured").
    pub place_taking_verbs: WordSet,
    /// Verbs of an attempt before "to" ("tried to leave"): no event.
    pub attempt_verbs: WordSet,
    /// Verbs of deciding before "that" ("agreed that they would meet"): an act to come.
    pub resolving_verbs: WordSet,
    /// Nouns of a unit acting for a body after "by a": "by a joint team of the police".
    pub acting_units: WordSet,
    /// What is sent or made to a government: "a protest note to London" (not a trip).
    pub addressed_things: WordSet,
    /// Words making a body one of two states ("joint", "bi-national"); a phrase set, so
    /// the scan of every token asks a bit of its word number, not a hash of its text.
    pub joint_words: PhraseSet,
    /// Nouns of such bodies ("commission", "working group"), last word of the phrase.
    pub joint_bodies: PhraseSet,
    /// Cues of a habit ("every year", "often"): no one happening, so no event.
    pub habitual: PhraseSet,
    /// Verbs of weighing an act, right before it ("is considering imposing"): no event.
    pub deliberation_verbs: WordSet,
    /// Verbs that call an act off, before it as their object ("cancelled a planned trip").
    pub cancel_verbs: WordSet,
    /// Verbs that call an act off with "off" after them ("called off the talks").
    pub cancel_particle_verbs: WordSet,
    /// Verbs of saying that take a clause, never an act as their object ("said the talks").
    pub clause_speech_verbs: WordSet,
    /// Verbs whose object is a subject of talk ("to discuss joint patrols"): no event.
    pub topic_verbs: WordSet,
    /// Verbs of buying: the side bought "from" is the seller ("a deal to buy jets from France").
    pub purchase_verbs: WordSet,
    pub progressive_adverbs: WordSet,
    /// Verbs with an indirect object before the thing given ("granted Ukraine a loan").
    pub giving_verbs: WordSet,
    /// People nouns that refer back to any group ("the men", "the detainees"), where
    /// others refer back to a group named by the same noun ("the drivers").
    pub generic_group_nouns: WordSet,
    pub mishap_nouns: WordSet,
    /// Adverbs of sequence between "and" and its verb ("and then met", "and later signed").
    pub sequence_adverbs: WordSet,
    /// Nouns counting people before "of" ("crowds of", "tens of"), besides number words.
    pub crowd_nouns: WordSet,
    /// People who are not of the country they protest in ("migrants", "refugees").
    pub foreign_crowds: WordSet,
    /// One person told of but not named ("a 29-year-old man"): "he" after it is them.
    pub unnamed_person_nouns: WordSet,
    /// Participles whose active verb puts its object before "of" ("accused Peru of"): right
    /// before "of" they are passive ("a diplomat accused of spying").
    pub object_before_of: WordSet,
    /// Nouns for the official of the other side ("his Gambian counterpart"): a person.
    pub counterpart_nouns: WordSet,
    /// Nouns of a party sent to meet others ("the Kenyan delegation"): met like a person.
    pub delegation_nouns: WordSet,
    /// Words handed over rather than help ("delivered a note of protest").
    pub message_objects: WordSet,
    /// Parts of a body that act for it ("the board of the IAEA").
    pub body_part_nouns: WordSet,
    /// Verbs of breaking an agreement ("breached a treaty"): no agreement reached.
    pub breach_verbs: WordSet,
    /// Forms of verbs that address someone ("assured his counterpart in a phone call"),
    /// besides the speech verbs: a call told as their manner is with the one addressed.
    pub address_verbs: WordSet,
    /// Forms of verbs of answering an act with one of one's own: a noun of an act after
    /// one and "with" is the verb's subject's ("retaliated with tariffs on").
    pub response_verbs: WordSet,
    /// Forms of verbs of going somewhere: a place right after one, or after one and "to"
    /// or "in", is where someone goes ("travel to Jakarta", "arrived in Lima").
    pub travel_verbs: WordSet,
    /// Forms of verbs of writing to someone: a name after one and "to" is a person
    /// ("wrote to Jamieson Greer").
    pub letter_verbs: WordSet,
    /// What a country defends as its own after its adjective ("Iraqi sovereignty"): an
    /// official invoking it speaks for that country.
    pub sovereignty_nouns: WordSet,
    /// Currency nouns: a country's name or adjective before one is no mention of it.
    pub currencies: WordSet,
    /// Crowds whose assault is a protest ("protesters stormed the embassy").
    pub protest_crowds: WordSet,
    pub number_words: WordSet,
    pub share_verbs: WordSet,
    pub share_nouns: WordSet,
    pub vessels: WordSet,
    pub not_acronyms: WordSet,
    /// Multi-word cue lists as token lists.
    pub negations: PhraseSet,
    pub planned: PhraseSet,
    pub ongoing: PhraseSet,
    pub cancel: PhraseSet,
    pub hypothetical: WordSet,
    /// Modals of what may happen ("could"), not of what someone will do.
    pub hedges: WordSet,
    pub institutions: PhraseSet,
    pub both_sides: PhraseSet,
    pub about: Vec<Vec<String>>,
    pub more_than: Vec<Vec<String>>,
    pub less_than: Vec<Vec<String>>,
}

/// A fast, non-cryptographic hasher for the lexicon's string keys (the Fx hash of rustc):
/// lookups happen for every token, and SipHash dominated the profile.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.hash = (self.hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map keyed fast.
pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
/// A hash set keyed fast.
pub type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

/// Bits of the filter in front of a [`WordSet`] or [`WordMap`].
const FILTER_BITS: usize = 4096;

/// A set of words with a small filter in front: most tokens looked up are in no set, and
/// the filter (on length and the first two and last two bytes) turns most of them away
/// without hashing.
#[derive(Debug, Default, Clone)]
pub struct WordSet {
    words: FastSet<String>,
    /// `FILTER_BITS` bits once a word is in (empty before).
    filter: Vec<u64>,
}

impl WordSet {
    #[inline]
    fn slot(word: &str) -> usize {
        let bytes = word.as_bytes();
        let n = bytes.len();
        // The first two and the last two bytes, read as two-byte numbers (nearly every
        // word has two bytes or more, and then no byte is looked for past the end).
        let ends = match (bytes.first_chunk::<2>(), bytes.last_chunk::<2>()) {
            (Some(&first), Some(&last)) => {
                u64::from(u16::from_le_bytes(first)) | u64::from(u16::from_le_bytes(last)) << 16
            }
            _ => u64::from(bytes.first().copied().unwrap_or(0)),
        };
        let key = (n as u64) | ends << 16;
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - FILTER_BITS.trailing_zeros())) as usize
    }

    pub fn insert(&mut self, word: String) -> bool {
        let slot = Self::slot(&word);
        self.filter.resize(FILTER_BITS / 64, 0);
        self.filter[slot / 64] |= 1 << (slot % 64);
        self.words.insert(word)
    }

    /// Whether the filter lets `word` through to the set.
    #[inline]
    fn passes(filter: &[u64], word: &str) -> bool {
        let slot = Self::slot(word);
        filter
            .get(slot / 64)
            .is_some_and(|bits| bits & (1 << (slot % 64)) != 0)
    }

    /// Inlined: the filter turns most words away where they are asked, without a call; the
    /// hash lookup behind it is not inlined.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        Self::passes(&self.filter, word) && self.holds(word)
    }

    #[inline(never)]
    fn holds(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.words.iter()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> WordSet {
        let mut set = WordSet::default();
        set.extend(words);
        set
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        for word in words {
            self.insert(word);
        }
    }
}

impl<'a> IntoIterator for &'a WordSet {
    type Item = &'a String;
    type IntoIter = std::collections::hash_set::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

/// A map keyed by lowercase words, with the filter of [`WordSet`] in front of it.
#[derive(Debug, Default, Clone)]
pub struct WordMap<V> {
    map: FastMap<String, V>,
    filter: Vec<u64>,
}

impl<V> From<FastMap<String, V>> for WordMap<V> {
    fn from(map: FastMap<String, V>) -> WordMap<V> {
        let mut filter = vec![0u64; FILTER_BITS / 64];
        for word in map.keys() {
            let slot = WordSet::slot(word);
            filter[slot / 64] |= 1 << (slot % 64);
        }
        WordMap { map, filter }
    }
}

impl<V> WordMap<V> {
    /// Inlined like [`WordSet::contains`]: the filter answers most words where they are
    /// asked; the hash lookup behind it is not inlined.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if !WordSet::passes(&self.filter, word) {
            return None;
        }
        self.listed(word)
    }

    #[inline(never)]
    fn listed(&self, word: &str) -> Option<&V> {
        self.map.get(word)
    }

    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }
}

/// Phrases indexed by their first token, for matching at a token without a scan.
#[derive(Debug, Default)]
pub struct PhraseSet {
    by_first: FastMap<String, Vec<Vec<String>>>,
    /// The same phrases as word numbers, keyed by the number of their first word: tokens
    /// of a `Doc` carry their word's number, so matching compares integers.
    by_first_id: FastMap<u32, Vec<Vec<u32>>>,
    /// Bit per word number: whether a phrase opens with that word.
    firsts: Vec<u64>,
}

impl PhraseSet {
    fn new(words: &[String], numbering: &mut Numbering) -> PhraseSet {
        let mut by_first: FastMap<String, Vec<Vec<String>>> = FastMap::default();
        let mut by_first_id: FastMap<u32, Vec<Vec<u32>>> = FastMap::default();
        let mut firsts: Vec<u64> = Vec::new();
        for phrase in phrases(words) {
            let ids: Vec<u32> = phrase.iter().map(|w| numbering.intern(w)).collect();
            let slot = ids[0] as usize / 64;
            if firsts.len() <= slot {
                firsts.resize(slot + 1, 0);
            }
            firsts[slot] |= 1 << (ids[0] % 64);
            by_first_id.entry(ids[0]).or_default().push(ids);
            by_first.entry(phrase[0].clone()).or_default().push(phrase);
        }
        PhraseSet {
            by_first,
            by_first_id,
            firsts,
        }
    }

    /// Length of the longest phrase starting at token `i`, 0 when none does.
    ///
    /// Inlined: it is asked at nearly every token, and nearly every token opens no phrase,
    /// which the bit of its word number tells without a call.
    #[inline]
    pub fn longest_at(&self, tokens: &[Token], i: usize) -> usize {
        let Some(first) = tokens.get(i) else { return 0 };
        if first.word == UNSET_WORD {
            return self.longest_by_text(tokens, i);
        }
        let opens = self
            .firsts
            .get(first.word as usize / 64)
            .is_some_and(|bits| bits & (1 << (first.word % 64)) != 0);
        if !opens {
            return 0;
        }
        self.longest_by_number(tokens, i, first.word)
    }

    /// Whether `word` (lowercase) is a phrase of one word of the set, for text that is no
    /// token of a `Doc`.
    pub fn has_word(&self, word: &str) -> bool {
        self.by_first
            .get(word)
            .is_some_and(|list| list.iter().any(|p| p.len() == 1))
    }

    /// `longest_at` for a token whose word number opens a phrase.
    #[inline(never)]
    fn longest_by_number(&self, tokens: &[Token], i: usize, word: u32) -> usize {
        let Some(list) = self.by_first_id.get(&word) else {
            return 0;
        };
        list.iter()
            .find(|p| {
                tokens
                    .get(i..i + p.len())
                    .is_some_and(|ts| ts.iter().zip(p.iter()).all(|(t, &w)| t.word == w))
            })
            .map_or(0, Vec::len)
    }

    /// `longest_at` for tokens not numbered by a `Doc`: compared by their text.
    #[inline(never)]
    fn longest_by_text(&self, tokens: &[Token], i: usize) -> usize {
        let Some(first) = tokens.get(i) else { return 0 };
        let Some(list) = self.by_first.get(first.lower.as_str()) else {
            return 0;
        };
        list.iter()
            .find(|p| {
                p.iter()
                    .enumerate()
                    .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.lower == w))
            })
            .map_or(0, Vec::len)
    }
}

/// A name without accents ("Brasília" → "Brasilia"), so spellings with and without match.
pub fn fold(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .collect(),
    )
}

fn lower_tokens(phrase: &str) -> Vec<String> {
    tokenize(phrase)
        .into_iter()
        .map(|t| t.lower.into_string())
        .collect()
}

/// The words and their singulars: "companies" gives "company", "producers" "producer"
/// (a singular in "y" only from "-ies", as `companies::is_company_noun` read it).
fn with_singulars(words: &[String]) -> WordSet {
    let mut out = set(words);
    for word in words.iter().map(|w| w.to_lowercase()) {
        if let Some(stem) = word.strip_suffix("ies") {
            out.insert(format!("{stem}y"));
        }
        if let Some(stem) = word.strip_suffix('s') {
            if !stem.ends_with('y') && !stem.is_empty() {
                out.insert(stem.to_string());
            }
        }
    }
    out
}

fn set(words: &[String]) -> WordSet {
    words.iter().map(|w| w.to_lowercase()).collect()
}

fn phrases(words: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = words.iter().map(|w| lower_tokens(w)).collect();
    out.retain(|p| !p.is_empty());
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    out
}

impl Lexicon {
    /// The lexicons compiled into the binary.
    pub fn embedded() -> Result<Lexicon> {
        Lexicon::from_sources(&EMBEDDED)
    }

    /// Lexicons read from a folder holding the same files as `ontology/`.
    pub fn from_dir(dir: &Path) -> Result<Lexicon> {
        let mut texts = Vec::with_capacity(FILES.len());
        for name in FILES {
            let path = dir.join(name);
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read lexicon {}", path.display()))?;
            texts.push(text);
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        Lexicon::from_sources(&refs)
    }

    fn from_sources(sources: &[&str]) -> Result<Lexicon> {
        let countries: CountriesFile = toml::from_str(sources[0]).context("in countries.toml")?;
        let orgs: OrganizationsFile =
            toml::from_str(sources[1]).context("in organizations.toml")?;
        let people: PeopleFile = toml::from_str(sources[2]).context("in people.toml")?;
        let places: PlacesFile = toml::from_str(sources[3]).context("in places.toml")?;
        let titles: Titles = toml::from_str(sources[4]).context("in titles.toml")?;
        let events: EventsFile = toml::from_str(sources[5]).context("in events.toml")?;
        let topics: TopicsFile = toml::from_str(sources[6]).context("in topics.toml")?;
        let words: Words = toml::from_str(sources[7]).context("in words.toml")?;

        let mut numbering = Numbering::default();
        let mut lex = Lexicon {
            countries: countries.country,
            organizations: orgs.organization,
            org_heads: orgs.heads.iter().cloned().collect(),
            generic_org_heads: orgs.generic_heads.iter().cloned().collect(),
            company_cues: set(&orgs.company_cues),
            company_list_nouns: set(&orgs.company_list_nouns),
            company_nouns: with_singulars(&orgs.company_list_nouns),
            people: people.person,
            places: places.place,
            place_heads: places.heads.iter().cloned().collect(),
            venue_heads: places.venue_heads.iter().cloned().collect(),
            place_nouns: set(&places.place_nouns),
            title_heads: PhraseSet::new(&titles.heads, &mut numbering),
            leader_heads: set(&titles.leaders),
            title_modifiers: set(&titles.modifiers),
            honorifics: PhraseSet::new(&titles.honorifics, &mut numbering),
            person_cues: set(&titles.person_cues),
            given_name_titles: set(&titles.given_names),
            titles,
            triggers: events.trigger,
            labels: events.labels,
            topics: topics.topic,
            ..Lexicon::default()
        };
        lex.sets = WordSets {
            abbreviations: set(&words.abbreviations),
            sentence_starters: set(&words.sentence_starters),
            not_names: set(&words.not_names),
            prepositions: set(&words.prepositions),
            locative: set(&words.locative_prepositions),
            barriers: set(&words.clause_barriers),
            relative: set(&words.relative_pronouns),
            be: set(&words.be_forms),
            have: set(&words.have_forms),
            pronouns_person: set(&words.pronouns_person),
            pronouns_actor: set(&words.pronouns_actor),
            group_nouns: set(&words.group_nouns),
            group_member_nouns: words
                .group_nouns
                .iter()
                .filter_map(|w| {
                    let w = w.to_lowercase();
                    match w.strip_suffix("men") {
                        Some(stem) => Some(format!("{stem}man")),
                        None => w.strip_suffix('s').map(str::to_string),
                    }
                })
                .collect(),
            possessive_name_words: set(&words.possessive_name_words),
            forces_of_order: set(&words.forces_of_order),
            force_nouns: set(&words.force_nouns),
            venue_nouns: set(&words.venue_nouns),
            intent_nouns: set(&words.intent_nouns),
            military_name_words: set(&words.military_name_words),
            diplomatic_posts: set(&words.diplomatic_posts),
            resident_nouns: set(&words.resident_nouns),
            company_heads: set(&words.company_heads),
            given_name_places: set(&words.given_name_places),
            place_taking_verbs: set(&words.place_taking_verbs),
            attempt_verbs: set(&words.attempt_verbs),
            resolving_verbs: set(&words.resolving_verbs),
            acting_units: set(&words.acting_units),
            addressed_things: set(&words.addressed_things),
            joint_words: PhraseSet::new(&words.joint_words, &mut numbering),
            joint_bodies: PhraseSet::new(&words.joint_bodies, &mut numbering),
            habitual: PhraseSet::new(&words.habitual_cues, &mut numbering),
            deliberation_verbs: WordSet::default(),
            cancel_verbs: WordSet::default(),
            cancel_particle_verbs: WordSet::default(),
            clause_speech_verbs: WordSet::default(),
            topic_verbs: set(&words.topic_verbs),
            purchase_verbs: set(&words.purchase_verbs),
            progressive_adverbs: set(&words.progressive_adverbs),
            giving_verbs: set(&words.giving_verbs),
            generic_group_nouns: set(&words.generic_group_nouns),
            mishap_nouns: set(&words.mishap_nouns),
            sequence_adverbs: set(&words.sequence_adverbs),
            crowd_nouns: set(&words.crowd_nouns),
            foreign_crowds: set(&words.foreign_crowds),
            unnamed_person_nouns: set(&words.unnamed_person_nouns),
            object_before_of: set(&words.object_before_of),
            counterpart_nouns: set(&words.counterpart_nouns),
            delegation_nouns: set(&words.delegation_nouns),
            message_objects: set(&words.message_objects),
            body_part_nouns: set(&words.body_part_nouns),
            breach_verbs: set(&words.breach_verbs),
            address_verbs: WordSet::default(),
            response_verbs: WordSet::default(),
            travel_verbs: WordSet::default(),
            letter_verbs: WordSet::default(),
            sovereignty_nouns: set(&words.sovereignty_nouns),
            currencies: set(&words.currencies),
            protest_crowds: set(&words.protest_crowds),
            number_words: set(&words.number_words),
            share_verbs: set(&words.share_verbs),
            share_nouns: set(&words.share_nouns),
            vessels: set(&words.vessel_nouns),
            not_acronyms: set(&words.not_acronyms),
            negations: PhraseSet::new(&words.negations, &mut numbering),
            planned: PhraseSet::new(&words.planned_cues, &mut numbering),
            ongoing: PhraseSet::new(&words.ongoing_cues, &mut numbering),
            cancel: PhraseSet::new(&words.cancel_cues, &mut numbering),
            hypothetical: set(&words.hypothetical_cues),
            hedges: set(&words.hedges),
            institutions: PhraseSet::new(&words.institution_nouns, &mut numbering),
            both_sides: PhraseSet::new(&words.both_sides, &mut numbering),
            about: phrases(&words.about),
            more_than: phrases(&words.more_than),
            less_than: phrases(&words.less_than),
        };
        // Verb lists hold lemmas; their forms are generated, irregular ones from the table.
        let forms = |lemmas: &[String]| {
            lemmas
                .iter()
                .flat_map(|verb| verb_forms(verb, &words.irregular))
                .collect::<Vec<String>>()
        };
        lex.speech_forms.extend(forms(&words.speech_verbs));
        lex.sets.travel_verbs.extend(forms(&words.travel_verbs));
        lex.sets
            .deliberation_verbs
            .extend(forms(&words.deliberation_verbs));
        lex.sets.cancel_verbs.extend(forms(&words.cancel_verbs));
        lex.sets
            .cancel_particle_verbs
            .extend(forms(&words.cancel_particle_verbs));
        lex.sets
            .clause_speech_verbs
            .extend(forms(&words.clause_speech_verbs));
        lex.sets.response_verbs.extend(forms(&words.response_verbs));
        lex.sets.letter_verbs.extend(forms(&words.letter_verbs));
        lex.sets.address_verbs.extend(forms(&words.address_verbs));
        for (lemma, forms) in &words.irregular {
            lex.irregular_past
                .extend(forms.iter().filter(|f| *f != lemma).cloned());
        }
        lex.description_phrases = words
            .descriptions
            .iter()
            .map(|(noun, accepted)| {
                (
                    noun.split_whitespace().map(str::to_lowercase).collect(),
                    accepted.clone(),
                )
            })
            .collect();
        lex.description_phrases.sort();
        lex.description_firsts = lex
            .description_phrases
            .iter()
            .filter_map(|(words, _)| words.first().cloned())
            .collect();
        lex.words = words;
        lex.index_names();
        lex.index_triggers(&events.sets, &mut numbering)
            .context("in events.toml")?;
        let mut topic_index: FastMap<String, Vec<(Vec<String>, usize)>> = FastMap::default();
        for (i, topic) in lex.topics.iter().enumerate() {
            for word in &topic.words {
                let tokens = lower_tokens(word);
                if let Some(first) = tokens.first().cloned() {
                    topic_index.entry(first).or_default().push((tokens, i));
                }
            }
        }
        lex.topic_index = WordMap::from(topic_index);
        lex.role_noun_phrases = lex
            .titles
            .role_nouns
            .iter()
            .map(|(k, v)| {
                (
                    k.split_whitespace().map(str::to_string).collect(),
                    v.to_lowercase(),
                )
            })
            .collect();
        lex.role_noun_phrases
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        lex.role_noun_firsts = lex
            .role_noun_phrases
            .iter()
            .filter_map(|(words, _)| words.first().cloned())
            .collect();
        lex.index_vocabulary(numbering);
        Ok(lex)
    }

    fn add_name(&mut self, phrase: &str, target: NameTarget) {
        let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
        let tokens: Vec<String> = tokenize(phrase)
            .iter()
            .map(|t| t.text(phrase).replace('’', "'"))
            .collect();
        if tokens.is_empty() {
            return;
        }
        let key = fold(&tokens[0].to_lowercase()).into_owned();
        let next = u32::try_from(self.name_lists.len()).unwrap_or(NO_WORD);
        let index = *self.names.entry(key).or_insert(next) as usize;
        if index == self.name_lists.len() {
            self.name_lists.push(Vec::new());
        }
        let list = &mut self.name_lists[index];
        if !list
            .iter()
            .any(|p| p.tokens == tokens && p.target == target)
        {
            list.push(NamePhrase { tokens, target });
        }
    }

    fn index_names(&mut self) {
        let countries = self.countries.clone();
        for (i, c) in countries.iter().enumerate() {
            self.country_by_iso.insert(c.iso.clone(), i);
            self.add_name(&c.name, NameTarget::Country(i));
            for alias in &c.aliases {
                self.add_name(alias, NameTarget::Country(i));
            }
            for demonym in &c.demonyms {
                self.add_name(demonym, NameTarget::Demonym(i));
                // "a Russian-born engineer": born of that country, one of its people.
                self.add_name(&format!("{demonym}-born"), NameTarget::Demonym(i));
            }
            if let Some(capital) = &c.capital {
                self.add_name(capital, NameTarget::Capital(i));
            }
            for seat in &c.seats {
                self.add_name(seat, NameTarget::Seat(i));
            }
        }
        let orgs = self.organizations.clone();
        for (i, o) in orgs.iter().enumerate() {
            self.add_name(&o.name, NameTarget::Organization(i));
            for alias in &o.aliases {
                self.add_name(alias, NameTarget::Organization(i));
            }
        }
        let places = self.places.clone();
        for (i, p) in places.iter().enumerate() {
            self.add_name(&p.name, NameTarget::Place(i));
            for alias in &p.aliases {
                self.add_name(alias, NameTarget::Place(i));
            }
        }
        let people = self.people.clone();
        for (i, p) in people.iter().enumerate() {
            self.add_name(&p.name, NameTarget::Person(i));
            // "Erdogan hosted Aliyev": a well-known surname alone names its holder.
            for alias in &p.aliases {
                self.add_name(alias, NameTarget::Person(i));
            }
        }
        for list in &mut self.name_lists {
            list.sort_by_key(|p| std::cmp::Reverse(p.tokens.len()));
        }
    }

    /// Builds the vocabulary: every word of a phrase set, a word class or a name key.
    fn index_vocabulary(&mut self, mut numbering: Numbering) {
        let classes = crate::extract::doc::word_classes(self);
        for word in classes.keys().chain(self.names.keys()) {
            numbering.intern(word);
        }
        self.vocabulary = numbering
            .ids
            .into_iter()
            .map(|(word, id)| {
                let info = WordInfo {
                    id,
                    classes: classes.get(&word).copied().unwrap_or(0),
                    names: self
                        .names
                        .get(fold(&word).as_ref())
                        .copied()
                        .unwrap_or(NO_WORD),
                };
                (word, info)
            })
            .collect();
    }

    /// Whether a lowercase word reads as a verb's past tense ("accused", "withdrew").
    pub fn is_past_form(&self, word: &str) -> bool {
        word.ends_with("ed") || self.irregular_past.contains(word)
    }

    /// What the lexicons know of a lowercase token: its word number, word classes and the
    /// name phrases it opens.
    pub fn word_info(&self, lower: &str) -> WordInfo {
        if let Some(&info) = self.vocabulary.get(lower) {
            return info;
        }
        // A spelling with accents of a listed name ("Brasília"), not itself listed.
        let names = if lower.is_ascii() {
            NO_WORD
        } else {
            self.names
                .get(fold(lower).as_ref())
                .copied()
                .unwrap_or(NO_WORD)
        };
        WordInfo {
            id: NO_WORD,
            classes: 0,
            names,
        }
    }

    /// The name phrases opening with a (folded, lowercase) word.
    pub fn names_for(&self, key: &str) -> Option<&Vec<NamePhrase>> {
        self.names
            .get(key)
            .and_then(|&index| self.name_lists.get(index as usize))
    }

    fn index_triggers(
        &mut self,
        sets: &HashMap<String, Vec<String>>,
        numbering: &mut Numbering,
    ) -> Result<()> {
        let irregular = self.words.irregular.clone();
        let mut trigger_index: FastMap<String, Vec<(usize, usize)>> = FastMap::default();
        for (ti, trigger) in self.triggers.iter_mut().enumerate() {
            trigger.parsed = trigger
                .patterns
                .iter()
                .map(|p| parse_pattern(p, &irregular, sets))
                .collect::<Result<_>>()
                .with_context(|| format!("in trigger `{}`", trigger.id))?;
            trigger.parsed_words = trigger
                .parsed
                .iter()
                .map(|pattern| {
                    pattern
                        .iter()
                        .map(|token| match token {
                            PatternToken::Forms(forms) => PatternWord::Forms(
                                forms.iter().map(|f| numbering.intern(f)).collect(),
                            ),
                            PatternToken::Gap => PatternWord::Gap(GAP),
                            PatternToken::LongGap => PatternWord::Gap(LONG_GAP),
                        })
                        .collect()
                })
                .collect();
            trigger.not_before_tokens =
                trigger.not_before.iter().map(|p| lower_tokens(p)).collect();
            trigger.only_before_tokens = trigger
                .only_before
                .iter()
                .map(|p| lower_tokens(p))
                .collect();
            for (pi, pattern) in trigger.parsed.iter().enumerate() {
                if let Some(PatternToken::Forms(forms)) = pattern.first() {
                    for form in forms {
                        let list = trigger_index.entry(form.clone()).or_default();
                        if !list.contains(&(ti, pi)) {
                            list.push((ti, pi));
                        }
                    }
                }
            }
        }
        self.trigger_by_word = Vec::new();
        for (form, list) in &trigger_index {
            let word = numbering.intern(form) as usize;
            if self.trigger_by_word.len() <= word {
                self.trigger_by_word.resize(word + 1, Vec::new());
            }
            self.trigger_by_word[word] = list.clone();
        }
        self.trigger_index = WordMap::from(trigger_index);
        Ok(())
    }

    /// Index of a country by ISO code.
    pub fn country(&self, iso: &str) -> Option<usize> {
        self.country_by_iso.get(iso).copied()
    }

    /// The key an organization of the lexicon gets.
    pub fn org_key(&self, index: usize) -> String {
        let org = &self.organizations[index];
        format!("org/{}", org.key.clone().unwrap_or_else(|| slug(&org.name)))
    }
}

#[cfg(test)]
mod tests {
    use super::{Lexicon, NameTarget};

    #[test]
    fn embedded_lexicons_load_and_index_names() {
        let lex = Lexicon::embedded().expect("embedded lexicons parse");
        let canada = lex.country("CAN").expect("Canada is listed");
        let phrases = lex.names_for("canadian").expect("demonym indexed");
        assert!(
            phrases
                .iter()
                .any(|p| p.target == NameTarget::Demonym(canada))
        );
        assert!(lex.trigger_index.contains_key("visited"));
        assert!(lex.speech_forms.contains("said"));
        // Verb lists hold lemmas; their forms are generated, irregular ones from the table.
        for form in ["travelled", "flew", "arriving", "visits", "headed"] {
            assert!(lex.sets.travel_verbs.contains(form), "{form}");
        }
        for form in ["considering", "weighed", "mulls"] {
            assert!(lex.sets.deliberation_verbs.contains(form), "{form}");
        }
        for form in ["said", "says", "insisted", "stressed"] {
            assert!(lex.sets.clause_speech_verbs.contains(form), "{form}");
        }
        assert!(lex.irregular_past.contains("withdrew"));
        assert!(!lex.irregular_past.contains("cut"));
        assert!(lex.is_past_form("withdrew") && lex.is_past_form("accused"));
        assert!(!lex.is_past_form("targets"));
    }
}
