//! The phrasings the generator draws from: one sentence per template, per event class,
//! in several voices (active, passive, nominalization, negated, planned, ongoing), plus
//! headlines, background, quotes and figures.
//!
//! Placeholders, filled by `main.rs`:
//! `{A}` `{B}` `{C}` country names (agent, target, third party), `{Aadj}` adjectives,
//! `{Apl}` people ("Canadians"), `{Acap}` capitals; `{Ap}` `{Bp}` officials of A and B
//! (full name and title on first mention, then surname or role noun), `{Asp}` A's
//! spokesperson, `{Aname}` a person's bare full name (headlines); `{date}` a past date
//! phrase (may be empty), `{pdate}` one never empty, `{fdate}` a future one; `{topic}`,
//! `{topics}`, `{goods}`, `{n}` ("two"), `{N}` ("1,400"), `{pct}`, `{year}`, `{venue}`,
//! `{org}`, `{civ}` a private person with occupation, `{demand}`, `{charge}`, `{quote}`.

/// The event classes of the contract, in the order of `/work/shared/spec/ontology.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Visit,
    Meeting,
    PhoneCall,
    Negotiation,
    Agreement,
    CooperationPledge,
    Support,
    Concession,
    Cooperation,
    Aid,
    Retreat,
    Request,
    Accusation,
    Rejection,
    Threat,
    Protest,
    Sanction,
    Tariff,
    Expulsion,
    Coercion,
    Arrest,
    Mobilization,
    Attack,
}

pub const CLASSES: [Class; 23] = [
    Class::Visit,
    Class::Meeting,
    Class::PhoneCall,
    Class::Negotiation,
    Class::Agreement,
    Class::CooperationPledge,
    Class::Support,
    Class::Concession,
    Class::Cooperation,
    Class::Aid,
    Class::Retreat,
    Class::Request,
    Class::Accusation,
    Class::Rejection,
    Class::Threat,
    Class::Protest,
    Class::Sanction,
    Class::Tariff,
    Class::Expulsion,
    Class::Coercion,
    Class::Arrest,
    Class::Mobilization,
    Class::Attack,
];

/// Classes that tend to appear together in one story, by the story's lead class.
pub fn related(class: Class) -> &'static [Class] {
    use Class::*;
    match class {
        Visit | Meeting | PhoneCall | CooperationPledge | Support | Agreement => &[
            Visit,
            Meeting,
            PhoneCall,
            Negotiation,
            Agreement,
            CooperationPledge,
            Support,
            Cooperation,
        ],
        Negotiation | Tariff | Sanction | Concession | Rejection => &[
            Negotiation,
            Tariff,
            Sanction,
            Concession,
            Threat,
            Request,
            Rejection,
            Agreement,
            Protest,
        ],
        Expulsion | Accusation | Threat | Protest | Request => &[
            Expulsion, Accusation, Rejection, Threat, Protest, Request, Arrest, Sanction,
        ],
        Mobilization | Attack => &[
            Mobilization,
            Attack,
            Threat,
            Accusation,
            Aid,
            Request,
            Retreat,
            Concession,
        ],
        Aid | Retreat | Cooperation | Coercion | Arrest => &[
            Aid,
            Retreat,
            Cooperation,
            Coercion,
            Arrest,
            Request,
            Accusation,
            Concession,
        ],
    }
}

/// One sentence (or headline) per entry.
pub fn sentences(class: Class) -> &'static [&'static str] {
    match class {
        Class::Visit => &[
            "{Ap} arrived in {Bcap} {date} for a {days} visit to {B}.",
            "{Ap} visited {B} {date}, the first visit by {a Aadj} leader in {years} years.",
            "{Ap}'s visit to {B} {date} was the first of its kind since {year}.",
            "{B} was visited by {Ap} {date}, officials in {Bcap} said.",
            "During a visit to {Bcap} {date}, {Ap} toured a {topic} project funded by {A}.",
            "{Ap} is scheduled to travel to {B} {fdate}.",
            "{Ap} will visit {Bcap} {fdate}, the {Aadj} foreign ministry said.",
            "{Ap} did not travel to {B} as planned, citing security concerns.",
            "The state visit by {Ap} to {B} {date} reflected the pressure {A} faces to diversify its markets.",
            "{Ap} travelled to {Bcap} {date} to press for closer ties.",
        ],
        Class::Meeting => &[
            "{Ap} met {Bp} in {Bcap} {date}.",
            "{Ap} held talks with {Bp} {date} on the sidelines of {venue}.",
            "{Bp} received {Ap} at the presidential palace {date}.",
            "The meeting between {Ap} and {Bp} {date} lasted more than two hours.",
            "{Ap} and {Bp} are expected to meet at {venue} {fdate}.",
            "{Ap} did not meet {Bp} during the summit, officials said.",
            "After meeting {Bp} {date}, {Ap} said the two sides had agreed to keep talking.",
            "{Ap} sat down with {Bp} in {Acap} {date} for talks on {topic}.",
            "{Ap} is scheduled to hold talks with {Bp} {fdate}.",
        ],
        Class::PhoneCall => &[
            "{Ap} spoke by phone with {Bp} {date}.",
            "{Ap} and {Bp} held a video call {date} to discuss {topic}.",
            "In a telephone call {date}, {Ap} told {Bp} that {A} wanted stable relations.",
            "{Bp} was called by {Ap} {date}, according to a readout from {A}'s foreign ministry.",
            "{Ap} plans to call {Bp} {fdate}.",
            "{Ap} discussed the case by phone with {Bp} {date}.",
            "The phone call between {Ap} and {Bp} {date} was their first since {year}.",
        ],
        Class::Negotiation => &[
            "Officials from {A} and {B} are continuing talks on {topic}.",
            "Negotiations between {A} and {B} on a {topic} agreement resumed {date}.",
            "{A} and {B} are negotiating a new {topic} deal, officials said.",
            "Talks between {Aadj} and {Badj} negotiators on {topic} are still under way.",
            "{A} and {B} will open negotiations on {topic} {fdate}.",
            "{Aadj} and {Badj} officials are holding talks to cut tariffs and expand trade.",
            "{A} and {B} did not hold the planned round of negotiations {date}.",
        ],
        Class::Agreement => &[
            "{A} and {B} signed an agreement on {topic} {date}.",
            "{Ap} and {Bp} signed a memorandum of understanding on {topic} cooperation {date}.",
            "The two countries reached a deal {date} to cut tariffs on {goods}.",
            "An agreement on {topic} was signed by {A} and {B} {date}.",
            "No agreement has yet been finalized, officials from both countries said.",
            "{A} and {B} did not sign the expected {topic} accord.",
            "{A} and {B} issued a joint statement {date} on {topic}.",
            "{A} and {B} are expected to sign a {topic} pact {fdate}.",
            "The {topic} treaty that {A} and {B} concluded {date} takes effect next year.",
        ],
        Class::CooperationPledge => &[
            "{Ap} called for a new strategic partnership with {B}.",
            "{Ap} pledged to deepen cooperation with {B} on {topics}.",
            "{A} offered to help {B} rebuild its {topic} sector.",
            "{Ap} promised {B} closer cooperation on {topic}.",
            "{Ap} proposed a joint working group with {B} on {topic}.",
            "{A} promised to invest in {Badj} {topic} projects over the next five years.",
            "{Ap} said {A} was ready to work with {B} on {topics}.",
        ],
        Class::Support => &[
            "{Ap} praised {B}'s handling of the crisis.",
            "{A} backed {B}'s bid to join {org}.",
            "{Ap} welcomed {Bp} and said relations had reached a turning point.",
            "{A} endorsed {B}'s candidate to lead {org}.",
            "{Aadj} lawmakers ratified the {topic} agreement with {B} {date}.",
            "{A} issued a statement backing {B}'s decision, calling it fully justified.",
            "{Ap} commended {B} for its role in the talks.",
        ],
        Class::Concession => &[
            "{A} eased restrictions on {Badj} {goods} imports {date}.",
            "{Ap} apologized to {B} for the remarks.",
            "{A} lifted its ban on {Badj} {goods} {date}.",
            "{A} declared a ceasefire along its border with {B} {date}.",
            "{Ap} pardoned {n} {Bpl} convicted of {charge}.",
            "Restrictions on {Badj} {goods} were eased by {A} {date}.",
            "{A} will lift visa requirements for {Bpl} {fdate}.",
        ],
        Class::Cooperation => &[
            "{A} and {B} held joint naval exercises {date}.",
            "{A} extradited a {Badj} businessman to {B} {date}.",
            "{Aadj} and {Badj} intelligence services are sharing information on smuggling networks.",
            "{A} and {B} began joint patrols along their maritime border {date}.",
            "{A} handed over {n} suspects to {B} {date} under an extradition treaty.",
            "The extradition of {civ} from {A} to {B} was completed {date}.",
        ],
        Class::Aid => &[
            "{A} sent {N} tonnes of humanitarian aid to {B} {date}.",
            "{A} delivered a further consignment of artillery shells to {B} {date}.",
            "{A} provided {B} with an emergency loan of {money} {date}.",
            "Aid from {A} reached flood-hit areas of {B} {date}.",
            "{A} gave {money} in food aid to {B}, the {Aadj} development agency said.",
            "{Aadj} military aid to {B} has reached {money} since {year}.",
        ],
        Class::Retreat => &[
            "{A} released {n} {Badj} fishermen {date}.",
            "{A} withdrew its troops from the border with {B} {date}.",
            "{n} {Badj} nationals were freed by {A} {date}.",
            "The release of {n} {Badj} prisoners by {A} {date} was welcomed in {Bcap}.",
            "{A} will withdraw its forces from the disputed area {fdate}.",
            "{A} did not release the detained {Badj} sailors, despite earlier assurances.",
            "{A} freed {civ} {date} after months in detention.",
        ],
        Class::Request => &[
            "{Ap} urged {B} to {demand}.",
            "{A} asked {B} to {demand}.",
            "{Ap} demanded that {B} {demand}.",
            "{A} called on {B} to {demand}.",
            "{Asp} said {A} had asked {Bcap} to {demand}.",
            "{B} was urged by {A} to {demand}.",
        ],
        Class::Accusation => &[
            "{Ap} accused {B} of {charge}.",
            "{A} condemned {B}'s decision to {demand}.",
            "{Ap} criticized {B} for {charge}.",
            "{B} was accused by {A} of {charge}.",
            "{A} launched an investigation into {Badj} {goods} dumping {date}.",
            "{A} has accused {B} of interfering in its elections.",
            "{Asp} accused {Bcap} of {charge}.",
        ],
        Class::Rejection => &[
            "{Ap} rejected {B}'s proposal for a new round of talks.",
            "{A} dismissed the accusations as fiction.",
            "{A} refused to {demand}.",
            "{A} vetoed a resolution on {B} at {org}.",
            "{Bp} denied the allegations {date}.",
            "{B}'s request was rejected by {A} {date}.",
            "{Asp} rejected the criticism later that day.",
        ],
        Class::Threat => &[
            "{Ap} threatened to impose sanctions on {B} if the detentions continued.",
            "{A} warned {B} it would respond in a way {Bcap} would notice.",
            "{Ap} threatened {B} with tariffs of {pct}% on {goods}.",
            "{A} threatened to cut off {goods} exports to {B}.",
            "{Asp} warned that {A} would retaliate against any new {Badj} measures.",
        ],
        Class::Protest => &[
            "Thousands of {Apl} protested outside the {Badj} embassy in {Acap} {date}.",
            "{Aadj} farmers blocked roads {date} in protest against {Badj} imports.",
            "{Aadj} dockworkers went on strike {date} over the trade dispute with {B}.",
            "Consumers in {A} boycotted {Badj} goods after the dispute.",
            "Protesters gathered outside the {Badj} consulate in {Acap} {date}.",
            "Demonstrators marched through {Acap} {date} to denounce {B}.",
        ],
        Class::Sanction => &[
            "{A} imposed sanctions on {Badj} officials {date}.",
            "{A} banned imports of {Badj} {goods} {date}.",
            "{A} suspended flights to {B} {date}.",
            "{A} cut diplomatic ties with {B} {date}.",
            "Sanctions were imposed on {n} {Badj} companies by {A} {date}.",
            "{A} downgraded relations with {B} {date}.",
            "European Union foreign ministers are scheduled to approve a new package of sanctions against {B} {fdate}.",
            "{A} did not impose the sanctions it had threatened.",
        ],
        Class::Tariff => &[
            "{A} imposed tariffs of {pct}% on {Badj} {goods} {date}.",
            "{Ap} imposed steep tariffs on {Badj} exports.",
            "{Aadj} tariffs on {Badj} {goods} took effect {date}.",
            "{A} raised duties on {goods} from {B} to {pct}% {date}.",
            "{A} will impose anti-dumping duties on {Badj} {goods} {fdate}.",
            "Tariffs on {Badj} {goods} were imposed by {A} {date}.",
            "{A} slapped duties on {Badj} {goods} {date}.",
        ],
        Class::Expulsion => &[
            "{A} expelled {n} {Badj} diplomats {date}.",
            "{A} recalled its ambassador to {B} {date}.",
            "The expulsion of {n} {Badj} diplomats by {A} {date} drew a sharp response.",
            "{A} ordered a senior {Badj} diplomat to leave the country within 72 hours.",
            "{n} {Badj} diplomats were expelled by {A} {date}.",
            "{A} declared {Badj} envoy {civname} persona non grata {date}.",
        ],
        Class::Coercion => &[
            "{A} deported {N} {Bpl} {date}.",
            "{A} seized a {Badj}-flagged tanker {date}.",
            "{A} restricted exports of {goods} to {B} {date}.",
            "{N} {Bpl} were deported by {A} {date}.",
            "The deportation of {n} {Badj} workers by {A} {date} angered {Bcap}.",
            "{A} blocked access to {Badj} news websites {date}.",
        ],
        Class::Arrest => &[
            "{Aadj} police arrested {n} {Bpl} {date} on espionage charges.",
            "{A} detained a {Badj} journalist {date}.",
            "A {Badj} executive was detained by {Aadj} authorities {date}.",
            "{A} arrested {Badj} businessman {civname} on a {Cadj} warrant {date}.",
            "The arrest of {n} {Bpl} by {A} {date} strained relations.",
            "{Aadj} authorities detained {N} {Bpl} in raids {date}.",
        ],
        Class::Mobilization => &[
            "{A} deployed troops to its border with {B} {date}.",
            "{A} moved additional troops and missile launchers near the {Badj} border {date}.",
            "{A} put its air defences on alert {date}.",
            "{Aadj} forces held military exercises near {B} {date}.",
            "{A} will deploy warships to waters near {B} {fdate}.",
            "Troops were deployed by {A} along the {Badj} frontier {date}.",
        ],
        Class::Attack => &[
            "A {Aadj} drone strike on {Bcap} killed {n} people {date}.",
            "{Aadj} forces attacked {Badj} positions {date}.",
            "{A} launched missile strikes on {B} {date}.",
            "{Badj} border posts were shelled by {Aadj} troops {date}.",
            "Fighting between {Aadj} and {Badj} troops broke out {date} near the border.",
            "The bombing of a {Badj} port by {A} {date} killed {n} people.",
        ],
    }
}

/// Headlines, one per story, by the story's lead class.
pub fn headlines(class: Class) -> &'static [&'static str] {
    match class {
        Class::Visit => &[
            "{Aname} Visits {B} in Bid to Reset Ties",
            "{Aadj} leader arrives in {Bcap} for first visit in years",
            "{A} and {B} Seek Reset as {Aname} Visits {Bcap}",
        ],
        Class::Meeting => &[
            "{Aname} meets {Badj} counterpart as ties thaw",
            "{A} and {B} Leaders Hold Talks on {Topic}",
        ],
        Class::PhoneCall => &[
            "{Aname} and {Bname} speak by phone on {topic}",
            "{Aadj}, {Badj} leaders hold call amid tensions",
        ],
        Class::Negotiation => &[
            "{A} and {B} press on with {topic} talks",
            "{Aadj}-{Badj} Trade Negotiations Resume",
        ],
        Class::Agreement => &[
            "{A} and {B} sign {topic} agreement",
            "{A}, {B} Reach Deal on {Topic}",
        ],
        Class::CooperationPledge => &[
            "{Aname} Calls for New Partnership With {B}",
            "{A} pledges deeper {topic} cooperation with {B}",
        ],
        Class::Support => &[
            "{A} backs {B}'s bid to join {org}",
            "{Aname} praises {Badj} role in regional talks",
        ],
        Class::Concession => &[
            "{A} eases curbs on {Badj} {goods}",
            "{A} Lifts Ban on {Badj} {Goods}",
        ],
        Class::Cooperation => &[
            "{A} and {B} hold joint naval drills",
            "{A} extradites suspects to {B}",
        ],
        Class::Aid => &[
            "{A} sends aid to flood-hit {B}",
            "{A} Delivers New Military Aid to {B}",
        ],
        Class::Retreat => &[
            "{A} frees {Badj} fishermen",
            "{A} Pulls Troops Back From {Badj} Border",
        ],
        Class::Request => &[
            "{A} urges {B} to {demand}",
            "{Aname} calls on {B} to {demand}",
        ],
        Class::Accusation => &[
            "{A} accuses {B} of {charge}",
            "{Aname} Condemns {Badj} Actions",
        ],
        Class::Rejection => &[
            "{B} rejects {Aadj} proposal",
            "{A} Dismisses {Badj} Accusations",
        ],
        Class::Threat => &[
            "{A} threatens {B} with sanctions",
            "{Aname} Warns {B} of Retaliation",
        ],
        Class::Protest => &[
            "Protesters rally outside {Badj} embassy in {Acap}",
            "{Aadj} Farmers Protest {Badj} Imports",
        ],
        Class::Sanction => &[
            "{A} imposes sanctions on {Badj} officials",
            "{A} Cuts Ties With {B}",
        ],
        Class::Tariff => &[
            "{A} imposes {pct}% tariffs on {Badj} {goods}",
            "{A} Slaps Duties on {Badj} {Goods} as Trade Row Deepens",
        ],
        Class::Expulsion => &[
            "{A} expels {Badj} diplomat over sabotage recruitment",
            "{A} Recalls Envoy From {Bcap}",
        ],
        Class::Coercion => &["{A} deports hundreds of {Bpl}", "{A} Seizes {Badj} Tanker"],
        Class::Arrest => &[
            "{A} detains {Badj} nationals on espionage charges",
            "{Badj} Executive Arrested in {A}",
        ],
        Class::Mobilization => &[
            "{A} moves troops to {Badj} border",
            "{A} Puts Air Defences on Alert as Tensions With {B} Rise",
        ],
        Class::Attack => &[
            "{Aadj} strikes hit {Bcap}",
            "Deadly Clashes on {Aadj}-{Badj} Border",
        ],
    }
}

/// Sentences that tell of no event: background, analysis, context, reported speech.
pub const BACKGROUND: &[&str] = &[
    "Relations between {A} and {B} have been strained for years.",
    "Analysts in {Acap} say the move reflects growing pressure at home.",
    "Markets in {Bcap} reacted calmly to the news.",
    "The dispute has weighed on {topic} and {goods} trade between the two countries.",
    "{A} and {B} share a long history of trade and migration.",
    "Officials in {Bcap} declined to comment.",
    "The row comes amid wider alarm in the region.",
    "Diplomats say the coming weeks will test the relationship.",
    "The {Aadj} economy grew {pct2}% last year, according to official figures.",
    "Inflation in {B} reached {pct2}% in {Month}, the highest in a decade.",
    "{A} plans to spend more than {small}% of its gross domestic product on defence this year.",
    "Trade between the two countries was worth about {money} in {year}.",
    "The {Badj} embassy in {Acap} now operates with a handful of staff.",
    "Critics at home say the government has moved too slowly.",
    "It was not immediately clear how {Bcap} would respond.",
    "Tens of thousands of jobs in {A} depend on {goods} exports.",
    "{Ap} said the two countries could build on past ties to create a relationship suited to today's conditions.",
    "{Ap} said {A} remained committed to dialogue with its neighbours.",
    "{Ap} stressed that stable relations serve the shared interests of both countries.",
    "{Ap} has since pushed for a diplomatic shift, while {Bcap} has said it is ready to bring relations back on track.",
    "Opposition lawmakers in {Acap} questioned whether the policy would survive the next election.",
    "The {topic} sector accounts for nearly a fifth of {Badj} economic output.",
    "Business groups in both countries have lobbied for a quick settlement.",
    "The {Aadj} currency fell {pct2}% over the week.",
    "Analysts say {Bcap} is testing how far it can push its neighbours without provoking a collective response.",
    "Polls show a majority of {Apl} favour closer ties with {B}.",
    "The issue is expected to dominate the agenda at {venue}.",
    "Few details of the discussions were made public.",
    "{B} is {A}'s second-largest trading partner after {C}.",
    "The {Badj} foreign ministry summoned reporters to a briefing that evening.",
];

/// Openers put before a sentence now and then.
pub const OPENERS: &[&str] = &[
    "Separately, ",
    "Meanwhile, ",
    "Earlier, ",
    "In a separate development, ",
    "At the same time, ",
    "According to officials, ",
];

/// Tails put before a sentence's final period now and then.
pub const TAILS: &[&str] = &[
    ", officials said",
    ", according to state media",
    ", the foreign ministry said in a statement",
    ", a government spokesperson said",
    ", in a move likely to anger {Bcap}",
    ", according to people familiar with the matter",
    ", local media reported",
    ", despite objections from {C}",
    ", according to a statement posted on the ministry's website",
    ", two officials with knowledge of the talks told reporters",
    ", in the latest sign of the strained relationship between the two countries",
    ", as both governments seek to limit the economic fallout",
];

/// Tails put before the final period of background sentences now and then.
pub const BACKGROUND_TAILS: &[&str] = &[
    ", analysts said",
    ", according to figures published this month",
    ", diplomats in {Acap} said",
    ", a view shared by several economists in the region",
    ", according to a report by a research institute in {Bcap}",
];

/// Quoted remarks; `{who}` is the speaker, `{quote}` has no final punctuation.
pub const QUOTES: &[&str] = &[
    "\"{quote},\" {who} told reporters.",
    "\"{quote},\" {who} said in a statement.",
    "{who} said: \"{quote}.\"",
    "\"{quote},\" {who} said at a news conference in {Acap}.",
    "\"{quote},\" {who} told state television.",
];

/// What speakers say.
pub const QUOTE_TEXTS: &[&str] = &[
    "This is not diplomacy, this is pressure, and we will not accept it",
    "We want a relationship built on respect and on the rules we both signed",
    "Our door remains open to dialogue, but dialogue needs two willing partners",
    "We will defend the interests of our farmers and our workers",
    "There can be no business as usual",
    "This is a turning point for both our peoples",
    "We expect concrete steps, not words",
    "Nobody wins a trade war",
    "We will respond in a proportionate way",
    "The ball is now in their court",
];

/// Trade-share figures with comparator; `{pct}` a share, `{year}` the year.
pub const TRADE_SHARES: &[&str] = &[
    "{A} bought {cmp} {pct}% of {Badj} exports in {year}, according to government data.",
    "{B} sends {cmp} {pct}% of its exports to {A}.",
    "{A} remains {B}'s dominant market, purchasing {cmp} {pct}% of {Badj} exports in {year}.",
    "{A} accounted for {cmp} {pct}% of {Badj} exports in {year}.",
    "{Cmp} {pct}% of {Badj} exports went to {A} in {year}, official figures show.",
];

pub const COMPARATORS: &[&str] = &["about", "less than", "more than", "exactly"];

pub const TOPICS: &[&str] = &[
    "trade",
    "agriculture",
    "energy",
    "finance",
    "security",
    "technology",
    "climate",
    "health",
    "fisheries",
    "critical minerals",
    "infrastructure",
    "migration",
];

pub const GOODS: &[&str] = &[
    "steel",
    "aluminium",
    "vehicles",
    "lumber",
    "canola",
    "solar panels",
    "electric vehicles",
    "semiconductors",
    "rice",
    "seafood",
    "wine",
    "beef",
    "fertilizer",
    "textiles",
];

pub const DEMANDS: &[&str] = &[
    "release the detained citizens",
    "lift the tariffs",
    "withdraw its troops from the border",
    "halt the deportations",
    "reopen the border crossing",
    "return to the negotiating table",
    "suspend the raids",
    "stop the construction of the dam",
];

pub const CHARGES: &[&str] = &[
    "espionage",
    "interfering in its elections",
    "dumping cheap steel",
    "violating its airspace",
    "harassing its fishermen",
    "backing armed groups",
    "humiliating treatment of migrants",
    "smuggling",
];

pub const VENUES: &[&str] = &[
    "the Apec summit",
    "the G20 summit",
    "the UN General Assembly",
    "a NATO summit",
    "the ASEAN summit",
    "the African Union summit",
    "the G7 summit",
    "the World Economic Forum in Davos",
];

pub const ORGS: &[&str] = &[
    "the United Nations",
    "the World Trade Organization",
    "the European Union",
    "NATO",
    "the African Union",
    "ASEAN",
    "the IMF",
    "the World Health Organization",
    "the UN Security Council",
];

pub const OCCUPATIONS: &[&str] = &[
    "businessman",
    "journalist",
    "aid worker",
    "executive",
    "former diplomat",
    "academic",
];

pub const TITLES_LEADER: &[&str] = &["President", "Prime Minister"];
pub const TITLES_MINISTER: &[&str] = &[
    "Foreign Minister",
    "Trade Minister",
    "Defence Minister",
    "Finance Minister",
];

pub const OUTLETS: &[&str] = &[
    "DD",
    "Wire",
    "Global Desk",
    "Herald",
    "Courier",
    "Ledger",
    "Dispatch",
];

/// Syllables of invented names.
pub const SYLLABLES: &[&str] = &[
    "ma", "ri", "ko", "ta", "len", "dor", "vi", "sa", "ne", "lu", "an", "to", "ber", "ka", "mi",
    "ra", "jo", "el", "is", "ot", "ha", "ru", "sen", "da", "li", "mo", "nar", "pe", "qui", "sto",
    "vel", "ya", "zu", "bo", "fer", "gal", "hin", "ju", "kel", "lor",
];
