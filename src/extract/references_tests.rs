//! Behaviour tests of things named again: acts ("a charge Lima denies", "welcomed Monday's
//! agreement"), bodies ("the court", "the Ugandan army", "the group") and the side a
//! possessive title speaks for ("Its spokesman").

use crate::extract::tests::{events, run};

#[test]
fn a_charge_denied_in_an_apposition_answers_its_accuser() {
    let a = run(
        "Chile's envoy accused Peru of spying on its navy on Monday, a charge Lima flatly \
         denied.",
        "2026-03-04",
    );
    assert_eq!(events(&a, "Accusation").len(), 1);
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].agents, ["country/PER"]);
    assert_eq!(rejection[0].targets, ["country/CHL"]);
}

#[test]
fn welcoming_an_agreement_backs_its_parties() {
    let a = run(
        "Kenya and Ethiopia signed a water-sharing accord on Monday. The African Union \
         welcomed Monday's accord, and Somalia hailed the agreement as a model.",
        "2026-03-04",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 2);
    for s in support {
        assert_eq!(s.targets, ["country/ETH", "country/KEN"]);
    }
}

#[test]
fn the_court_is_the_court_named_before() {
    let a = run(
        "The International Court of Justice ruled on the maritime border on Tuesday. The \
         court rejected Honduras's claim to the islands.",
        "2026-03-04",
    );
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].agents, ["org/international-court-of-justice"]);
}

#[test]
fn a_national_army_is_the_force_named_before_with_a_possessive_in_its_name() {
    let a = run(
        "The Rwanda People's Defence Force said on Monday that its troops had returned to \
         base. Burundian officials say the troops shelled a village, which the Rwandan army \
         denies.",
        "2026-03-04",
    );
    let force = a
        .entities
        .iter()
        .find(|e| e.key == "org/rwanda-peoples-defence-force");
    assert!(force.is_some(), "{:?}", a.entities);
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].agents, ["org/rwanda-peoples-defence-force"]);
}

#[test]
fn a_house_of_representatives_is_a_body_not_a_place() {
    let a = run(
        "Nepal's House of Representatives ratified the transit treaty with India in June.",
        "2026-08-04",
    );
    let house = a
        .entities
        .iter()
        .find(|e| e.label == "House of Representatives")
        .expect("the house is an entity");
    assert_eq!(house.kind, crate::annotation::EntityKind::Organization);
}

#[test]
fn an_abduction_is_an_assault_even_with_no_abductor_named() {
    let a = run(
        "Father Luca Moretti was abducted near Gao in March. An aid worker from Norway was \
         freed last week.",
        "2026-08-04",
    );
    let attack = events(&a, "Attack");
    assert_eq!(attack.len(), 1);
    assert!(attack[0].agents.is_empty());
    assert_eq!(attack[0].targets, ["person/luca-moretti"]);
    assert!(events(&a, "Arrest").is_empty());
    // "aid worker" names a person, not aid given.
    assert!(events(&a, "Aid").is_empty());
}

#[test]
fn its_spokesman_speaks_for_the_body_named_before() {
    let a = run(
        "The Arakan Army has not answered the offer. Its spokesman, Khine Thu Kha, warned on \
         Monday that the group would widen the fighting if Myanmar kept bombing Sittwe.",
        "2026-08-04",
    );
    let person = a
        .entities
        .iter()
        .find(|e| e.key == "person/khine-thu-kha")
        .expect("the spokesman is a person");
    assert_eq!(person.affiliation.as_deref(), Some("org/arakan-army"));
    let threat = events(&a, "Threat");
    assert_eq!(threat.len(), 1);
    // The group he speaks for is his own side, not the one threatened.
    assert!(!threat[0].targets.contains(&"org/arakan-army".to_string()));
}

#[test]
fn council_members_are_the_council_named_before() {
    let a = run(
        "Russia vetoed a draft in the United Nations Security Council on Monday. The relief \
         coordinator, Ana Lindqvist, urged council members to stop the flow of weapons.",
        "2026-06-08",
    );
    let request = events(&a, "Request");
    assert_eq!(request.len(), 1);
    assert_eq!(request[0].targets, ["org/united-nations-security-council"]);
}

#[test]
fn the_body_after_a_title_in_apposition_is_the_persons() {
    let a = run(
        "Kenya and Somalia traded charges on Monday. Amina Farah Dualeh, chairperson of the \
         African Union Commission, urged both governments to show restraint.",
        "2026-06-08",
    );
    let person = a
        .entities
        .iter()
        .find(|e| e.key == "person/amina-farah-dualeh")
        .expect("the chairperson");
    assert_eq!(
        person.affiliation.as_deref(),
        Some("org/african-union-commission")
    );
    // The head of the body's name is no person.
    assert!(!a.entities.iter().any(|e| e.key == "person/commission"));
    let request = events(&a, "Request");
    assert_eq!(request.len(), 1);
    assert_eq!(request[0].targets, ["country/KEN", "country/SOM"]);
}

#[test]
fn a_possessor_in_an_apposition_is_not_the_subject() {
    let a = run(
        "Portugal, Angola's former colonial ruler, offered Angola and Namibia help with \
         mapping the border.",
        "2026-06-08",
    );
    let pledge = events(&a, "CooperationPledge");
    assert_eq!(pledge.len(), 1);
    assert_eq!(pledge[0].agents, ["country/PRT"]);
}

#[test]
fn an_embassy_in_a_capital_is_the_sending_countrys() {
    let a = run(
        "Russian troops detained four Georgian villagers on Tuesday. The French embassy in \
         Tbilisi condemned the detentions on Wednesday.",
        "2026-06-03",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["country/FRA"]);
}

#[test]
fn two_names_after_a_plural_title_each_hold_it() {
    let a = run(
        "The two countries' foreign ministers, Ana Duarte and Tomas Lindqvist, spoke by \
         phone on Monday evening.",
        "2026-04-21",
    );
    for key in ["person/ana-duarte", "person/tomas-lindqvist"] {
        let person = a
            .entities
            .iter()
            .find(|e| e.key == key)
            .expect("both ministers are people");
        assert_eq!(person.title.as_deref(), Some("Foreign Minister"));
    }
    let call = events(&a, "PhoneCall");
    assert_eq!(call.len(), 1);
    let mut sides = call[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["person/ana-duarte", "person/tomas-lindqvist"]);
}

#[test]
fn a_verb_after_and_shares_the_names_a_plural_title_is_given() {
    // "The two countries'" is the pair of the article; the ministers named after their
    // title are the subject of both verbs.
    let a = run(
        "Chile and Sweden signed a trade pact on Monday. The two countries' foreign ministers, \
         Ana Duarte and Tomas Lindqvist, spoke by phone on Tuesday and agreed to set up a \
         joint committee.",
        "2026-04-22",
    );
    let agreements: Vec<_> = events(&a, "Agreement")
        .into_iter()
        .filter(|e| e.date.as_deref() == Some("2026-04-21"))
        .collect();
    assert_eq!(agreements.len(), 1, "{agreements:?}");
    let mut sides = agreements[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["person/ana-duarte", "person/tomas-lindqvist"]);
}

#[test]
fn welcoming_an_offer_or_a_veto_answers_its_author() {
    let a = run(
        "Colombia and Venezuela have quarrelled over the border since January, and Venezuela \
         closed two crossings last week. Norway offered on Monday to host talks. Colombia's \
         President Gustavo Petro welcomed the offer on Tuesday.",
        "2026-03-04",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    // The offer's author, not the other side of the quarrel.
    assert_eq!(support[0].targets, ["country/NOR"]);
    let b = run(
        "Britain and Myanmar traded accusations over the crackdown. China vetoed Britain's \
         draft resolution on Myanmar on Monday. Myanmar's junta spokesman Zaw Min Tun \
         welcomed the veto.",
        "2026-03-04",
    );
    let support = events(&b, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].targets, ["country/CHN"]);
}

#[test]
fn an_act_blamed_as_it_is_the_latest_act_of_another_side() {
    let a = run(
        "Iran test-fired a cruise missile on Friday. Israel's foreign ministry condemned the \
         launch. Saudi Arabia's foreign minister called it a dangerous escalation.",
        "2026-10-10",
    );
    let accusations = events(&a, "Accusation");
    assert_eq!(accusations.len(), 2, "{accusations:?}");
    // Not Israel, whose condemnation is words about the act, but the author of the act.
    for accusation in accusations {
        assert_eq!(accusation.targets, ["country/IRN"], "{accusation:?}");
    }
}

#[test]
fn they_after_plural_acts_are_the_acts_not_a_group() {
    let a = run(
        "Peru detained two Chilean fishermen on Monday. Chile called the arrests a hostile \
         step and warned that they would not go unanswered.",
        "2026-06-04",
    );
    let threats = events(&a, "Threat");
    assert_eq!(threats.len(), 1, "{threats:?}");
    assert_eq!(threats[0].targets, vec!["country/PER".to_string()]);
}

#[test]
fn an_act_named_inside_a_gapped_pattern_targets_its_author() {
    let a = run(
        "Japan imposed sanctions on Russia on Friday. The Russian embassy called the sanctions \
         \"a hostile step\".",
        "2026-06-04",
    );
    let accusations = events(&a, "Accusation");
    assert_eq!(accusations.len(), 1);
    assert_eq!(accusations[0].targets, vec!["country/JPN".to_string()]);
}

#[test]
fn he_after_an_unnamed_man_is_not_a_person_named_before() {
    let a = run(
        "NATO chief Mark Rutte said the alliance stood in full solidarity with Denmark. \
         Danish police charged a 29-year-old man with spying. He was arrested in Aarhus in \
         September.",
        "2026-10-08",
    );
    assert!(
        a.events
            .iter()
            .all(|e| !e.targets.iter().any(|t| t == "person/mark-rutte")),
        "{:?}",
        a.events
    );
}

#[test]
fn a_company_named_again_by_its_first_word_or_as_the_company() {
    let a = run(
        "Niger seized a uranium mine from its Canadian operator, Tessera Minerals, on Monday. \
         Mines Minister Ousmane Bako accused the company of hiding its output. Tessera \
         rejected the accusation on Tuesday.",
        "2026-03-04",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1, "{:?}", a.events);
    assert_eq!(accusation[0].targets, ["org/tessera-minerals"]);
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1, "{:?}", a.events);
    assert_eq!(rejection[0].agents, ["org/tessera-minerals"]);
}

#[test]
fn a_crowd_at_its_own_parliament_protests_at_home() {
    let a = run(
        "Protesters rallied outside parliament in Oslo on Sunday.",
        "2026-03-04",
    );
    let protest = events(&a, "Protest");
    assert_eq!(protest.len(), 1, "{:?}", a.events);
    assert!(protest[0].targets.is_empty());
}

#[test]
fn the_initials_of_an_agreement_are_no_organization() {
    let a = run(
        "Chile and Peru signed the Coastal Patrol Agreement (CPA) in Lima in May. The CPA \
         allows joint patrols.",
        "2026-06-04",
    );
    assert!(
        a.entities.iter().all(|e| e.key != "org/cpa"),
        "{:?}",
        a.entities
    );
    // A body's initials in brackets are still its alias.
    let b = run(
        "The Office of Coastal Affairs (OCA) said on Monday that the CPA was working.",
        "2026-06-04",
    );
    assert!(
        b.entities
            .iter()
            .any(|e| e.key == "org/office-of-coastal-affairs")
    );
}

#[test]
fn a_pact_suspended_by_its_owner_is_no_new_agreement() {
    let a = run(
        "Ghana suspended its fisheries treaty with Togo in June 2022.",
        "2026-06-04",
    );
    assert_eq!(events(&a, "Sanction").len(), 1, "{:?}", a.events);
    assert!(events(&a, "Agreement").is_empty(), "{:?}", a.events);
    // Two sides signing their pact is one.
    let b = run(
        "Ghana and Togo signed their first fisheries treaty in 2019.",
        "2026-06-04",
    );
    assert_eq!(events(&b, "Agreement").len(), 1, "{:?}", b.events);
}

#[test]
fn talks_named_with_their_sides_stand_when_nothing_came_before() {
    // "at the talks" refers back when talks were told before, and tells of them itself
    // when not.
    let a = run(
        "No agreement was reached at the talks between Chile and Peru in Lima on Tuesday.",
        "2026-03-04",
    );
    let talks = events(&a, "Negotiation");
    assert_eq!(talks.len(), 1);
    assert_eq!(talks[0].participants, ["country/CHL", "country/PER"]);
    let b = run(
        "Ghana and Togo held talks in Accra on Monday. Officials spoke at the talks.",
        "2026-03-04",
    );
    assert_eq!(events(&b, "Negotiation").len(), 1);
    assert_eq!(events(&b, "Negotiation")[0].evidence.len(), 2);
}

#[test]
fn an_agreement_not_reached_after_talks_is_the_talks_sides() {
    let a = run(
        "Kenya and Somalia held talks in Nairobi on Monday. No agreement was reached.",
        "2026-03-04",
    );
    let deal = events(&a, "Agreement");
    assert_eq!(deal.len(), 1);
    assert_eq!(deal[0].status, crate::annotation::Status::NotOccurred);
    let mut sides = deal[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["country/KEN", "country/SOM"]);
    // Talks of three two sentences back are another story, and the story has no two sides.
    let b = run(
        "Kenya held talks with Somalia and Ethiopia in Nairobi on Monday. Traders said prices \
         rose. Analysts expected little. No agreement was reached.",
        "2026-03-04",
    );
    assert!(events(&b, "Agreement").is_empty());
}

#[test]
fn what_is_refused_in_the_passive_is_no_event_of_its_own() {
    for text in [
        "Peru's request for extradition was turned down by Bolivia.",
        "Bolivia turned down Peru's request for extradition.",
    ] {
        let a = run(text, "2026-03-04");
        assert!(events(&a, "Request").is_empty(), "{text}");
        let rejection = events(&a, "Rejection");
        assert_eq!(rejection.len(), 1, "{text}");
        assert_eq!(rejection[0].agents, ["country/BOL"], "{text}");
        assert_eq!(rejection[0].targets, ["country/PER"], "{text}");
    }
    // A request told in a clause of its own stays.
    let b = run(
        "Peru requested the extradition of the suspect, and the request was rejected by \
         Bolivia.",
        "2026-03-04",
    );
    assert_eq!(events(&b, "Request").len(), 1);
}

#[test]
fn a_text_ending_in_the_two_does_not_panic() {
    let a = crate::extract::tests::run(
        "Peru and Chile signed a trade agreement on Tuesday. The two",
        "2026-03-04",
    );
    assert_eq!(a.events.len(), 1);
}

#[test]
fn its_foreign_ministry_acts_for_the_country_named_before() {
    let a = run(
        "Gabon was left out of the talks. Its foreign ministry on Friday summoned the \
         Cameroonian ambassador in Libreville.",
        "2026-03-04",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1, "{:?}", a.events);
    assert_eq!(accusation[0].agents, ["country/GAB"]);
    assert_eq!(accusation[0].targets, ["country/CMR"]);
    // "its military aid": the word is a modifier of the act, no institution.
    let b = run(
        "Chad depends on France for much of its military aid.",
        "2026-03-04",
    );
    assert!(
        b.events.iter().all(|e| e.agents != ["country/TCD"]),
        "{:?}",
        b.events
    );
}

#[test]
fn an_act_opening_a_reported_clause_is_the_one_told_before() {
    let a = run(
        "Norway expelled two Russian diplomats on Monday. Foreign Minister Espen Barth Eide \
         said the expulsions were a warning to Moscow.",
        "2026-03-04",
    );
    let expulsions = events(&a, "Expulsion");
    assert_eq!(expulsions.len(), 1, "{expulsions:?}");
    assert_eq!(expulsions[0].agents, ["country/NOR"]);
    assert_eq!(expulsions[0].evidence.len(), 2);
}

#[test]
fn an_agreement_talks_are_held_on_is_not_reached() {
    let a = run(
        "Ruto will travel to Kampala next week for talks with Museveni on a new trade \
         agreement.",
        "2026-03-04",
    );
    assert!(events(&a, "Agreement").is_empty(), "{:?}", a.events);
    assert_eq!(events(&a, "Visit").len(), 1);
}

#[test]
fn the_bloc_or_the_alliance_is_the_body_named_before() {
    let a = run(
        "ECOWAS leaders met in Abuja on Sunday. The bloc suspended Guinea-Bissau and \
         threatened sanctions against Bissau.",
        "2026-03-04",
    );
    let sanction = events(&a, "Sanction");
    assert_eq!(sanction.len(), 1, "{:?}", a.events);
    assert_eq!(
        sanction[0].agents,
        ["org/economic-community-of-west-african-states"]
    );
    assert_eq!(sanction[0].targets, ["country/GNB"]);
    // Suspending a member and threatening sanctions eases nothing.
    assert!(events(&a, "Concession").is_empty());
    let b = run(
        "NATO foreign ministers met in Brussels. The alliance condemned the attack on Poland.",
        "2026-03-04",
    );
    let accusation = events(&b, "Accusation");
    assert_eq!(accusation.len(), 1, "{:?}", b.events);
    assert_eq!(accusation[0].agents, ["org/nato"]);
    // A body whose name holds the noun is the one meant.
    let c = run(
        "The International Atomic Energy Agency and the African Union met in Vienna. The \
         agency censured Iran on Thursday.",
        "2026-03-04",
    );
    let censure = events(&c, "Accusation");
    assert_eq!(censure.len(), 1, "{:?}", c.events);
    assert_eq!(
        censure[0].agents,
        ["org/international-atomic-energy-agency"]
    );
}

#[test]
fn the_group_noun_refers_to_the_group_it_names() {
    // "the drivers" are the drivers, though farmers were named since.
    let a = run(
        "Guinean gendarmes arrested eight Malian drivers on Sunday and seized cocoa bought \
         from Guinean farmers. On Wednesday, Guinea released three of the drivers.",
        "2026-02-12",
    );
    let retreats = events(&a, "Retreat");
    assert_eq!(retreats.len(), 1, "{:?}", a.events);
    assert_eq!(retreats[0].targets, ["group/eight-malian-drivers"]);
    // "the fishermen" after the fishermen's arrest, and no "gunmen" for the workers.
    let b = run(
        "Somali pirates seized six Yemeni fishermen on Sunday. The fishermen were released on \
         Tuesday.",
        "2026-02-12",
    );
    let retreats = events(&b, "Retreat");
    assert_eq!(retreats.len(), 1, "{:?}", b.events);
    assert_eq!(retreats[0].targets, ["group/six-yemeni-fishermen"]);
}

#[test]
fn a_pronoun_opening_a_clause_goes_on_with_the_subject() {
    let a = run(
        "Algeria's foreign minister Karim Saadi spoke to reporters on Monday. The UN envoy Lars \
         Berg visited Algiers in July and held talks with Saadi; he is due in Rabat in \
         September.",
        "2026-08-12",
    );
    let visits = events(&a, "Visit");
    assert_eq!(visits.len(), 2, "{:?}", a.events);
    assert!(
        visits.iter().all(|v| v.agents == ["person/lars-berg"]),
        "{visits:?}"
    );
}

#[test]
fn a_personal_envoy_of_a_body_serves_it() {
    let a = run(
        "The UN's personal envoy, Lars Holm, visited Nairobi in July.",
        "2026-08-12",
    );
    let envoy = a.entities.iter().find(|e| e.key == "person/lars-holm");
    assert_eq!(
        envoy.and_then(|e| e.affiliation.as_deref()),
        Some("org/united-nations"),
        "{:?}",
        a.entities
    );
}

#[test]
fn one_member_named_by_the_groups_noun_stands_for_the_group() {
    let a = run(
        "Gabonese police detained four Cameroonian traders on Friday. On Monday Gabon freed \
         the oldest trader without charge.",
        "2026-02-12",
    );
    let retreats = events(&a, "Retreat");
    assert_eq!(retreats.len(), 1, "{:?}", a.events);
    assert_eq!(retreats[0].targets, ["group/four-cameroonian-traders"]);
}

#[test]
fn the_people_of_a_countrys_body_act_for_the_body() {
    let a = run(
        "Two Bolivian smugglers were detained by officers of Peru's National Customs Service \
         on Friday.",
        "2026-02-12",
    );
    let arrests = events(&a, "Arrest");
    assert_eq!(arrests.len(), 1, "{:?}", a.events);
    assert_eq!(arrests[0].agents, ["org/national-customs-service"]);
}

#[test]
fn the_government_of_a_country_named_after_it_is_the_country() {
    let a = run(
        "The Royal Government of Cambodia and the Government of the Lao People's Democratic \
         Republic signed a border protocol on Friday.",
        "2026-02-12",
    );
    let deals = events(&a, "Agreement");
    assert_eq!(deals.len(), 1, "{:?}", a.events);
    let mut sides = deals[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["country/KHM", "country/LAO"]);
    assert!(
        !a.entities.iter().any(|e| e.key.starts_with("group/")),
        "{:?}",
        a.entities
    );
}

#[test]
fn condemning_a_ramming_or_a_bombing_accuses_its_author() {
    let a = run(
        "Vietnamese coast guard ships rammed a Cambodian fishing boat on Monday. Thailand's \
         foreign ministry condemned the ramming on Wednesday.",
        "2026-03-04",
    );
    let accusations = events(&a, "Accusation");
    assert_eq!(accusations.len(), 1, "{accusations:?}");
    assert_eq!(accusations[0].agents, ["country/THA"]);
    assert_eq!(accusations[0].targets, ["country/VNM"]);
}

#[test]
fn a_state_body_of_the_lexicon_acts_for_its_country() {
    let a = run(
        "The State Department condemned the arrest of two journalists by Belarus on Monday.",
        "2026-03-04",
    );
    let body = a
        .entities
        .iter()
        .find(|e| e.key == "org/united-states-department-of-state");
    assert_eq!(
        body.and_then(|e| e.affiliation.clone()).as_deref(),
        Some("country/USA")
    );
    // A company based in a country does not act for it.
    let b = run(
        "Gazprom cut gas deliveries to Moldova on Monday.",
        "2026-03-04",
    );
    let company = b.entities.iter().find(|e| e.key == "org/gazprom");
    assert_eq!(company.map(|e| e.affiliation.clone()), Some(None));
}

#[test]
fn a_seat_of_government_acts_for_it_and_rejecting_it_answers_a_protest() {
    let a = run(
        "Norway sent a protest note to London on Thursday over the fishing zone. The Foreign \
         Office rejected it the next day.",
        "2026-03-04",
    );
    let rejections = events(&a, "Rejection");
    assert_eq!(rejections.len(), 1, "{rejections:?}");
    assert_eq!(rejections[0].agents, ["country/GBR"]);
    assert_eq!(rejections[0].targets, ["country/NOR"]);
    // Another country's ministry of that name is that country's.
    let b = run(
        "Germany's Foreign Office summoned the Russian ambassador on Monday.",
        "2026-03-04",
    );
    let accusations = events(&b, "Accusation");
    assert_eq!(accusations.len(), 1, "{accusations:?}");
    assert_eq!(accusations[0].agents, ["country/DEU"]);
}
