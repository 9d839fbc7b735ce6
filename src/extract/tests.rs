//! Behaviour tests of the extractor on short articles written for them.

use crate::annotation::{Annotation, Status};
use crate::extract::{explain, extract};
use crate::lexicon::Lexicon;
use crate::reader::Article;

/// The events of class `class` in `a`.
pub(super) fn events<'a>(a: &'a Annotation, class: &str) -> Vec<&'a crate::annotation::Event> {
    a.events.iter().filter(|e| e.class == class).collect()
}

/// The annotation of an article with `text`, published on `published`; shared by the
/// mechanism tests beside each extract module.
pub(super) fn run(text: &str, published: &str) -> Annotation {
    let lex = Lexicon::embedded().expect("embedded lexicons load");
    let article = Article {
        source_path: "test.txt".to_string(),
        title: "Test article".to_string(),
        author: None,
        published: Some(published.to_string()),
        url: None,
        text: text.to_string(),
    };
    extract(&article, &lex)
}

/// Whether the annotation holds an entity with `key`; shared like [`run`].
pub(super) fn has_entity(a: &Annotation, key: &str) -> bool {
    a.entities.iter().any(|e| e.key == key)
}

fn event<'a>(a: &'a Annotation, class: &str) -> Option<&'a crate::annotation::Event> {
    a.events.iter().find(|e| e.class == class)
}

#[test]
fn demonyms_possessives_and_capitals_name_countries() {
    let a = run(
        "Norway's foreign minister met Chilean officials in Santiago. Oslo said the talks were useful.",
        "2026-05-04",
    );
    assert!(has_entity(&a, "country/NOR"));
    assert!(has_entity(&a, "country/CHL"));
    // "in Santiago" is a place; "Oslo said" is the government.
    assert!(has_entity(&a, "place/santiago"));
    assert!(!has_entity(&a, "place/oslo"));
    let norway = a
        .entities
        .iter()
        .find(|e| e.key == "country/NOR")
        .expect("Norway");
    assert!(norway.alt_labels.iter().any(|l| l == "Oslo"));
}

#[test]
fn a_currency_names_no_country() {
    let a = run(
        "Norway will lend 300 million US dollars to Chile, about 40 billion Chilean pesos.",
        "2026-05-04",
    );
    assert!(!has_entity(&a, "country/USA"));
    let loan = event(&a, "CooperationPledge").expect("the loan promised");
    assert_eq!(loan.targets, ["country/CHL"]);
    // The country named on its own is still named: "Brazil won the vote".
    let b = run("Brazil won the vote on Monday.", "2026-05-04");
    assert!(has_entity(&b, "country/BRA"));
}

#[test]
fn organizations_from_lexicon_and_name_shapes() {
    let a = run(
        "The Ghana Revenue Authority and the Bank of Ghana met WTO officials at the Apec summit.",
        "2026-05-04",
    );
    assert!(has_entity(&a, "org/ghana-revenue-authority"));
    assert!(has_entity(&a, "org/bank-of-ghana"));
    assert!(has_entity(&a, "org/world-trade-organization"));
    let apec = a
        .entities
        .iter()
        .find(|e| e.key == "org/apec")
        .expect("APEC");
    assert!(apec.alt_labels.iter().any(|l| l == "Apec"));
}

#[test]
fn people_from_titles_appositions_and_speech() {
    let a = run(
        "Peruvian Foreign Minister Elena Quispe Mamani arrived in Lima on Monday. \
         Tomas Varga, a 52-year-old engineer, was released. Ingrid Solberg said the deal was fair.",
        "2026-05-06",
    );
    let elena = a
        .entities
        .iter()
        .find(|e| e.key == "person/elena-quispe-mamani")
        .expect("titled person");
    assert_eq!(elena.title.as_deref(), Some("Foreign Minister"));
    assert_eq!(elena.affiliation.as_deref(), Some("country/PER"));
    assert!(has_entity(&a, "person/tomas-varga"));
    assert!(has_entity(&a, "person/ingrid-solberg"));
}

#[test]
fn visits_take_the_host_from_the_place() {
    let a = run(
        "Kenyan President Amos Kiprono flew to Kampala on Friday for a two-day visit.",
        "2026-05-09",
    );
    let visit = event(&a, "Visit").expect("a visit");
    assert_eq!(visit.agents, ["person/amos-kiprono"]);
    assert_eq!(visit.targets, ["country/UGA"]);
    assert!(visit.locations.iter().any(|l| l == "place/kampala"));
    assert_eq!(visit.date.as_deref(), Some("2026-05-08"));
}

#[test]
fn symmetric_events_list_participants_and_surnames_corefer() {
    let a = run(
        "Chancellor Petra Lindqvist held talks with Prime Minister Otto Haavisto of Finland on Tuesday. \
         Lindqvist later spoke by phone with Haavisto again.",
        "2026-05-06",
    );
    let meeting = event(&a, "Meeting").expect("a meeting");
    assert!(
        meeting
            .participants
            .contains(&"person/petra-lindqvist".to_string())
    );
    assert!(
        meeting
            .participants
            .contains(&"person/otto-haavisto".to_string())
    );
    assert!(meeting.agents.is_empty() && meeting.targets.is_empty());
    let call = event(&a, "PhoneCall").expect("a call");
    assert_eq!(call.participants.len(), 2);
}

#[test]
fn passives_swap_roles_and_groups_stand_for_their_country() {
    let a = run(
        "Three Malian journalists were detained by Algerian police in Algiers on Sunday.",
        "2026-05-05",
    );
    let arrest = event(&a, "Arrest").expect("an arrest");
    assert!(arrest.agents.iter().any(|k| k == "country/DZA"));
    let target = arrest.targets.first().expect("a target");
    let group = a
        .entities
        .iter()
        .find(|e| &e.key == target)
        .expect("group listed");
    assert_eq!(group.affiliation.as_deref(), Some("country/MLI"));
}

#[test]
fn requests_hold_no_events_of_their_own_and_rejections_answer_them() {
    let a = run(
        "Peru urged Chile to lift its ban on Peruvian fish. Chile rejected the request on Friday.",
        "2026-05-09",
    );
    let request = event(&a, "Request").expect("a request");
    assert_eq!(request.agents, ["country/PER"]);
    assert_eq!(request.targets, ["country/CHL"]);
    assert!(
        event(&a, "Concession").is_none(),
        "lifting the ban is only asked for"
    );
    let rejection = event(&a, "Rejection").expect("a rejection");
    assert_eq!(rejection.targets, ["country/PER"]);
}

#[test]
fn status_reads_negation_plans_and_hypotheticals() {
    let a = run(
        "Bolivia and Paraguay did not sign the water treaty. \
         Their ministers are scheduled to meet in Asuncion on June 2. \
         Paraguay could impose tariffs on Bolivian soy.",
        "2026-05-06",
    );
    let agreement = event(&a, "Agreement").expect("a negated agreement");
    assert_eq!(agreement.status, Status::NotOccurred);
    let meeting = event(&a, "Meeting").expect("a planned meeting");
    assert_eq!(meeting.status, Status::Planned);
    assert_eq!(meeting.date.as_deref(), Some("2026-06-02"));
    assert!(
        event(&a, "Tariff").is_none(),
        "a hypothetical tariff is no event"
    );
}

#[test]
fn pledges_and_threats_are_events() {
    let a = run(
        "Japanese Prime Minister Kenta Mori said Japan was ready to help Fiji rebuild its ports. \
         Turkey warned Greece that it would respond to any provocation.",
        "2026-05-06",
    );
    let pledge = event(&a, "CooperationPledge").expect("a pledge");
    assert_eq!(pledge.agents, ["person/kenta-mori"]);
    assert_eq!(pledge.targets, ["country/FJI"]);
    let threat = event(&a, "Threat").expect("a threat");
    assert_eq!(threat.agents, ["country/TUR"]);
    assert_eq!(threat.targets, ["country/GRC"]);
}

#[test]
fn mentions_of_one_happening_merge() {
    let a = run(
        "Ecuador expelled two Colombian diplomats on Monday. The expulsion angered Bogota.",
        "2026-05-06",
    );
    let expulsions: Vec<_> = a.events.iter().filter(|e| e.class == "Expulsion").collect();
    assert_eq!(expulsions.len(), 1);
    assert_eq!(expulsions[0].evidence.len(), 2);
    assert_eq!(expulsions[0].date.as_deref(), Some("2026-05-04"));
}

#[test]
fn evidence_offsets_count_characters() {
    let text = "Côte d’Ivoire’s president visited Ghana.\n\nGhana’s leader welcomed the visit.";
    let a = run(text, "2026-05-06");
    let visit = event(&a, "Visit").expect("a visit");
    for ev in &visit.evidence {
        let slice: String = text
            .chars()
            .skip(ev.start)
            .take(ev.end - ev.start)
            .collect();
        assert_eq!(slice, ev.text);
    }
}

#[test]
fn trade_shares_with_comparators_and_continuations() {
    let a = run(
        "Germany bought nearly 12.5% of Poland's exports in 2025, while France took just over 6%. \
         Polish exports to Italy fell 4% that year, and the tariff rose to 20%.",
        "2026-05-06",
    );
    assert_eq!(a.figures.len(), 2);
    let first = &a.figures[0];
    assert_eq!(
        (first.exporter.as_str(), first.partner.as_str()),
        ("country/POL", "country/DEU")
    );
    assert_eq!(
        (
            first.percent.as_str(),
            first.comparator.as_str(),
            first.year
        ),
        ("12.5", "about", Some(2025))
    );
    let second = &a.figures[1];
    assert_eq!(
        (
            second.partner.as_str(),
            second.comparator.as_str(),
            second.year
        ),
        ("country/FRA", "more than", Some(2025))
    );
}

#[test]
fn explanations_list_entities_and_rules_per_sentence() {
    let lex = Lexicon::embedded().expect("lexicons");
    let article = Article {
        source_path: "t".to_string(),
        title: "T".to_string(),
        author: None,
        published: Some("2026-05-06".to_string()),
        url: None,
        text: "Nepal accused India of border violations. It rained.".to_string(),
    };
    let traces = explain(&article, &lex);
    assert_eq!(traces.len(), 2);
    assert!(traces[0].entities.contains(&"country/NPL".to_string()));
    assert!(
        traces[0]
            .triggers
            .iter()
            .any(|(class, rule)| class == "Accusation" && rule == "accusation")
    );
    assert!(traces[1].triggers.is_empty());
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "...",
        "’’’s",
        "1. 2. 3.",
        "19:20 GMT -",
        "A",
        "U.S.",
        "$%&",
        "\"“”",
        "Mr.",
        "The the the.",
    ] {
        let _ = run(text, "2026-05-06");
    }
    let _ = run("Iran released", "not a date");
}

#[test]
fn a_fronted_indefinite_statement_is_a_new_act_of_the_main_subject() {
    let a = run(
        "Chile and Peru signed a fishing treaty in March 2024. Their presidents met in Lima \
         on Monday. In a joint statement issued after the talks, Chile and Peru reaffirmed \
         the treaty.",
        "2026-05-06",
    );
    let agreements: Vec<_> = a.events.iter().filter(|e| e.class == "Agreement").collect();
    assert_eq!(agreements.len(), 2, "{agreements:?}");
    let statement = agreements
        .iter()
        .find(|e| e.date.as_deref() != Some("2024-03"))
        .expect("the statement");
    for key in ["country/CHL", "country/PER"] {
        assert!(statement.participants.iter().any(|p| p == key), "{key}");
    }
}

#[test]
fn ministers_with_a_portfolio_in_their_title_are_people() {
    let a = run(
        "Kuwait's Minister of State Fahad Mutlaq Hajri condemned Iraq's seizure of a barge \
         on Monday. Chile's Minister of Foreign Affairs Ana Duarte urged Peru to reopen the border.",
        "2026-05-06",
    );
    let hajri = a
        .entities
        .iter()
        .find(|e| e.key == "person/fahad-mutlaq-hajri")
        .expect("the minister of state");
    assert_eq!(hajri.title.as_deref(), Some("Minister of State"));
    let accusation = event(&a, "Accusation").expect("the condemnation");
    assert!(
        accusation
            .agents
            .iter()
            .any(|x| x == "person/fahad-mutlaq-hajri")
    );
    let duarte = a
        .entities
        .iter()
        .find(|e| e.key == "person/ana-duarte")
        .expect("the foreign minister");
    assert_eq!(duarte.title.as_deref(), Some("Minister of Foreign Affairs"));
    assert_eq!(duarte.affiliation.as_deref(), Some("country/CHL"));
}

#[test]
fn prepared_to_is_a_pledge_only_as_a_state_of_readiness() {
    let a = run(
        "Police in Chad detained two Sudanese men as they prepared to cross the border.",
        "2026-02-11",
    );
    assert!(event(&a, "CooperationPledge").is_none());
    let b = run("Norway said it was prepared to help Ghana.", "2026-02-11");
    let pledge = event(&b, "CooperationPledge").expect("pledge");
    assert_eq!(pledge.agents, vec!["country/NOR".to_string()]);
}

#[test]
fn firing_at_a_side_is_an_attack_on_it() {
    let a = run(
        "Russian warships fired missiles at a Ukrainian port on Monday.",
        "2026-02-11",
    );
    let attack = event(&a, "Attack").expect("attack");
    assert_eq!(attack.targets, vec!["country/UKR".to_string()]);
}

#[test]
fn acts_done_separately_are_one_per_counterpart() {
    let text = "Prime Minister Anthony Albanese received President Prabowo Subianto and President \
                Ferdinand Marcos separately in Canberra on Monday.";
    let a = run(text, "2026-02-11");
    let meetings: Vec<_> = a.events.iter().filter(|e| e.class == "Meeting").collect();
    assert_eq!(meetings.len(), 2);
    assert!(meetings.iter().all(|e| {
        e.participants.len() == 2
            && e.participants
                .iter()
                .any(|p| p == "person/anthony-albanese")
    }));
    // Together, the three meet once.
    let b = run(&text.replace(" separately", ""), "2026-02-11");
    assert_eq!(b.events.iter().filter(|e| e.class == "Meeting").count(), 1);
    // "and, separately, with": a second call, with the second counterpart only.
    let c = run(
        "Kenya's Foreign Minister Ruth Wanjiru spoke by phone with Uganda's Foreign Minister \
         Sam Okello and, separately, with Rwanda's Foreign Minister Claire Uwera on Friday.",
        "2026-02-11",
    );
    let calls: Vec<_> = c.events.iter().filter(|e| e.class == "PhoneCall").collect();
    assert_eq!(calls.len(), 2);
    for call in &calls {
        assert_eq!(call.participants.len(), 2);
        assert!(call.participants.iter().any(|p| p == "person/ruth-wanjiru"));
    }
}

#[test]
fn a_vehicle_word_before_people_keeps_the_arrest_of_people() {
    let a = run(
        "Thai police detained three Cambodian truck drivers at the border on Monday. Indian \
         customs detained a Chinese cargo ship on Tuesday.",
        "2026-02-11",
    );
    let arrests: Vec<_> = a.events.iter().filter(|e| e.class == "Arrest").collect();
    assert_eq!(arrests.len(), 1);
    assert_eq!(arrests[0].agents, vec!["country/THA".to_string()]);
    assert!(event(&a, "Coercion").is_some());
}

#[test]
fn warning_against_a_step_is_no_threat() {
    let a = run(
        "Finland lifted the ban, a step that Estonian officials had warned against.",
        "2026-02-11",
    );
    assert!(event(&a, "Threat").is_none());
    let b = run("Russia warned Finland that it would respond.", "2026-02-11");
    let threat = event(&b, "Threat").expect("threat");
    assert_eq!(threat.targets, vec!["country/FIN".to_string()]);
}

#[test]
fn a_verb_after_and_shares_the_subject_of_the_clause() {
    let a = run(
        "Prime Minister Mark Carney called President Emmanuel Macron on Friday and thanked \
         France for its support.",
        "2026-02-11",
    );
    let support = event(&a, "Support").expect("support");
    assert_eq!(support.agents, vec!["person/mark-carney".to_string()]);
    // Coordinated subjects stay together.
    let b = run(
        "Chile and Peru met on Friday and agreed to reopen the border.",
        "2026-02-11",
    );
    let agreement = event(&b, "Agreement").expect("agreement");
    for key in ["country/CHL", "country/PER"] {
        assert!(agreement.participants.iter().any(|p| p == key), "{key}");
    }
    // A subject of two people, the second behind "his ... counterpart".
    let c = run(
        "Egyptian Foreign Minister Badr Abdelatty and his Sudanese counterpart Mohieddin Salem \
         met in Cairo on Monday and issued a joint statement.",
        "2026-03-03",
    );
    let statement = event(&c, "Agreement").expect("agreement");
    for key in ["person/badr-abdelatty", "person/mohieddin-salem"] {
        assert!(statement.participants.iter().any(|p| p == key), "{key}");
    }
}

#[test]
fn a_quantity_before_of_keeps_the_subject_of_the_noun() {
    let a = run(
        "The United States is preparing a new package of sanctions against Iran.",
        "2026-02-11",
    );
    let sanction = event(&a, "Sanction").expect("sanction");
    assert_eq!(sanction.agents, vec!["country/USA".to_string()]);
    assert_eq!(sanction.targets, vec!["country/IRN".to_string()]);
    assert_eq!(sanction.status, Status::Planned);
}

#[test]
fn an_agreement_protested_against_is_no_agreement() {
    let a = run(
        "Workers in Santiago protested against a pension deal with the IMF on Monday.",
        "2026-02-11",
    );
    assert!(event(&a, "Agreement").is_none());
    assert!(event(&a, "Protest").is_some());
}

#[test]
fn prisoners_released_need_no_named_target() {
    let a = run("Iran released 12 prisoners on Friday.", "2026-02-11");
    let retreat = event(&a, "Retreat").expect("retreat");
    assert_eq!(retreat.agents, vec!["country/IRN".to_string()]);
}

#[test]
fn what_sides_agree_to_do_is_no_event_but_a_new_clause_is() {
    let a = run(
        "Greece and Turkey agreed on Wednesday to resume talks on maritime boundaries.",
        "2026-02-11",
    );
    assert!(event(&a, "Agreement").is_some());
    assert!(event(&a, "Negotiation").is_none());
    let b = run(
        "Greece and Turkey agreed on Wednesday to resume talks on maritime boundaries, after \
         meeting in New York.",
        "2026-02-11",
    );
    assert!(event(&b, "Meeting").is_some());
}

#[test]
fn a_participle_after_a_symmetric_act_is_not_one_of_its_sides() {
    let a = run(
        "Kenya and Uganda issued a joint statement warning Somalia against delays.",
        "2026-02-11",
    );
    let statement = event(&a, "Agreement").expect("agreement");
    assert!(!statement.participants.iter().any(|p| p == "country/SOM"));
    let threat = event(&a, "Threat").expect("threat");
    assert_eq!(threat.targets, vec!["country/SOM".to_string()]);
    let b = run(
        "Egypt shipped 500 tonnes of food to Sudan on Monday.",
        "2026-02-11",
    );
    assert!(event(&b, "Aid").is_some());
}

#[test]
fn missiles_launched_are_a_show_of_force_or_an_attack_on_whom_they_are_aimed_at() {
    let a = run(
        "Seoul condemned the missile launches carried out by North Korea on Sunday.",
        "2026-09-24",
    );
    let launch = event(&a, "Mobilization").expect("the launches");
    assert_eq!(launch.agents, ["country/PRK"]);
    let condemnation = event(&a, "Accusation").expect("the condemnation");
    assert_eq!(condemnation.targets, ["country/PRK"]);
    // Aimed at a side, and a verb of the armed group's, not a word of its name.
    let b = run(
        "The Houthis launched drones against Saudi Arabia.",
        "2026-09-24",
    );
    let attack = event(&b, "Attack").expect("the attack");
    assert_eq!(attack.agents, ["org/houthis"]);
    assert_eq!(attack.targets, ["country/SAU"]);
    assert!(
        b.entities
            .iter()
            .all(|e| e.kind != crate::annotation::EntityKind::Group)
    );
}

#[test]
fn an_act_named_inside_an_accusation_is_not_the_accuser_s() {
    let a = run(
        "Finland on Monday attributed a cyberattack on its power grid to Russian military \
         intelligence.",
        "2026-10-08",
    );
    let accusation = event(&a, "Accusation").expect("the attribution");
    assert_eq!(accusation.agents, ["country/FIN"]);
    // Finland did not attack anyone.
    assert!(
        a.events
            .iter()
            .filter(|e| e.class == "Attack")
            .all(|e| !e.agents.iter().any(|x| x == "country/FIN")),
        "{:?}",
        a.events
    );
}

#[test]
fn a_postponed_meeting_did_not_happen_on_the_day_it_was_planned_for() {
    let a = run(
        "A summit of Chile, Peru and Bolivia that was to be held in Lima on December 17 has \
         been postponed.",
        "2026-12-04",
    );
    let summit = event(&a, "Meeting").expect("the summit");
    assert_eq!(summit.status, Status::NotOccurred);
    assert_eq!(summit.date.as_deref(), Some("2026-12-17"));
}

#[test]
fn an_act_after_an_indefinite_article_and_a_name_is_a_noun() {
    // The noun is the subject of "could": only a possibility.
    let a = run(
        "The minister said that a Chinese attack on Taiwan could justify a response.",
        "2026-12-04",
    );
    assert!(event(&a, "Attack").is_none(), "{:?}", a.events);
    let b = run(
        "Kenya condemned a Somali attack on its border post.",
        "2026-12-04",
    );
    let attack = event(&b, "Attack").expect("the attack");
    assert_eq!(attack.agents, ["country/SOM"]);
}

#[test]
fn staying_away_is_a_refusal() {
    let a = run(
        "Mali said on Monday it would not take part in the ECOWAS summit in Abuja.",
        "2026-12-04",
    );
    let refusal = event(&a, "Rejection").expect("the refusal");
    assert_eq!(refusal.agents, ["country/MLI"]);
    assert_eq!(
        refusal.targets,
        ["org/economic-community-of-west-african-states"]
    );
}

#[test]
fn police_of_no_named_country_are_those_of_the_authorities_telling_of_it() {
    let a = run(
        "Ghana condemned the attack on its embassy. Police arrested 12 people on Sunday night, \
         Togo's interior ministry said on Monday.",
        "2026-06-08",
    );
    let arrest = event(&a, "Arrest").expect("the arrest");
    assert_eq!(arrest.agents, ["country/TGO"]);
}

#[test]
fn a_crowd_storming_an_embassy_protests() {
    let a = run(
        "Hundreds of protesters stormed Chile's embassy in La Paz on Sunday.",
        "2026-06-08",
    );
    assert!(event(&a, "Attack").is_none());
    let protest = event(&a, "Protest").expect("the protest");
    assert_eq!(protest.agents, ["country/BOL"]);
    assert_eq!(protest.targets, ["country/CHL"]);
}

#[test]
fn living_under_a_threat_is_no_threat_made() {
    let a = run(
        "\"Our diplomats cannot work under the threat of a mob,\" the Ugandan minister said. \
         Russia issued a threat against Poland on Monday.",
        "2026-06-08",
    );
    let threats: Vec<_> = a.events.iter().filter(|e| e.class == "Threat").collect();
    assert_eq!(threats.len(), 1, "{threats:?}");
    assert_eq!(threats[0].agents, ["country/RUS"]);
}

#[test]
fn a_suspension_from_a_body_is_the_body_s() {
    let a = run(
        "West African leaders meeting in Abuja on Sunday suspended Guinea from all ECOWAS \
         bodies.",
        "2026-02-15",
    );
    let suspension = event(&a, "Sanction").expect("the suspension");
    assert_eq!(
        suspension.agents,
        ["org/economic-community-of-west-african-states"]
    );
    assert_eq!(suspension.targets, ["country/GIN"]);
}

#[test]
fn veto_rights_are_no_veto() {
    let a = run(
        "Kenya and Nigeria demanded two permanent seats with veto rights for Africa. Russia \
         vetoed a draft resolution by Kenya on Friday.",
        "2026-02-15",
    );
    let vetoes: Vec<_> = a.events.iter().filter(|e| e.class == "Rejection").collect();
    assert_eq!(vetoes.len(), 1, "{vetoes:?}");
    assert_eq!(vetoes[0].agents, ["country/RUS"]);
}

#[test]
fn a_countrys_embassy_with_a_capital_stands_for_the_country() {
    let a = run(
        "The Chinese Embassy in Manila has lodged stern representations with the Philippine \
         side.",
        "2026-05-20",
    );
    assert!(!has_entity(&a, "place/chinese-embassy"));
    let accusation = event(&a, "Accusation").expect("an accusation");
    assert_eq!(accusation.agents, ["country/CHN"]);
    assert_eq!(accusation.targets, ["country/PHL"]);
}

#[test]
fn a_month_told_after_a_later_infinitive_is_not_the_acts() {
    let a = run(
        "Malawi's foreign minister thanked Zambia for its help and invited her Zambian \
         counterpart to visit Lilongwe in May.",
        "2026-03-12",
    );
    let thanks = event(&a, "Support").expect("the thanks");
    assert_ne!(thanks.date.as_deref(), Some("2025-05"), "{:?}", a.events);
    // Troops moved "to bases" in October: a noun, no infinitive; the month is the move's.
    let b = run(
        "Officials said Russia moved troops to bases near Pskov in October.",
        "2026-02-12",
    );
    let moved = event(&b, "Mobilization").expect("the move");
    assert_eq!(moved.date.as_deref(), Some("2025-10"));
}

#[test]
fn a_capitalized_name_ending_in_consortium_or_chamber_is_a_body() {
    let a = run(
        "The Baltic Grain Consortium said on Monday that the Riga Chamber of Commerce had \
         backed its plan.",
        "2026-05-06",
    );
    assert!(
        has_entity(&a, "org/baltic-grain-consortium"),
        "{:?}",
        a.entities
    );
    assert!(
        !a.entities.iter().any(|e| e.key.starts_with("place/baltic")),
        "{:?}",
        a.entities
    );
}
