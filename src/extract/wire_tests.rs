//! Behaviour tests of wire-service phrasings: guests met by a host ("received the visiting
//! minister"), calls told by their manner, participles after a common noun, visits named
//! in a phrase around the clause, and calls for another side's act.

use crate::annotation::Status;
use crate::extract::tests::{events, run};

fn sorted(list: &[String]) -> Vec<String> {
    let mut out = list.to_vec();
    out.sort();
    out
}

#[test]
fn a_guest_introduced_by_visiting_is_met_and_pays_no_visit_of_the_host() {
    let a = run(
        "Prime Minister Anan Wongsa received visiting Peruvian Foreign Minister Lucia Quispe \
         in Bangkok on Monday.",
        "2026-06-03",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1, "{:?}", a.events);
    assert_eq!(
        sorted(&meetings[0].participants),
        ["person/anan-wongsa", "person/lucia-quispe"]
    );
    // "visiting" tells of the guest's visit to the host's country (Bangkok's, as the
    // host's own is not named), not of the host visiting anyone.
    let visits = events(&a, "Visit");
    assert_eq!(visits.len(), 1, "{:?}", a.events);
    assert_eq!(visits[0].agents, ["person/lucia-quispe"]);
    assert_eq!(visits[0].targets, ["country/THA"]);
}

#[test]
fn a_guest_received_by_a_host_of_known_country_visits_that_country() {
    let a = run(
        "Kenyan President William Ruto received visiting Ghanaian Foreign Minister Kofi Mensah \
         at State House on Tuesday.",
        "2026-06-04",
    );
    let visits = events(&a, "Visit");
    assert_eq!(visits.len(), 1, "{:?}", a.events);
    assert_eq!(visits[0].agents, ["person/kofi-mensah"]);
    assert_eq!(visits[0].targets, ["country/KEN"]);
    assert_eq!(events(&a, "Meeting").len(), 1, "{:?}", a.events);
    // A guest of the host's own country pays no visit.
    let a = run(
        "President William Ruto received visiting Kenyan envoy Jane Wambui in Nairobi.",
        "2026-06-04",
    );
    assert!(events(&a, "Visit").is_empty(), "{:?}", a.events);
}

#[test]
fn a_guest_welcomed_to_a_place_visits_its_country() {
    let a = run(
        "Oman welcomed Kenyan Foreign Minister Musalia Mudavadi to Muscat on Sunday.",
        "2026-06-09",
    );
    let visits = events(&a, "Visit");
    assert_eq!(visits.len(), 1, "{:?}", a.events);
    assert_eq!(visits[0].agents, ["person/musalia-mudavadi"]);
    assert_eq!(visits[0].targets, ["country/OMN"]);
    assert_eq!(events(&a, "Meeting").len(), 1, "{:?}", a.events);
    // Welcomed home to the guest's own capital: no visit.
    let a = run(
        "Kenya welcomed Foreign Minister Musalia Mudavadi to Nairobi on Sunday.",
        "2026-06-09",
    );
    assert!(events(&a, "Visit").is_empty(), "{:?}", a.events);
}

#[test]
fn a_guest_named_by_country_and_title_after_the_visiting_is_the_other_side() {
    let a = run(
        "President Tomas Eriksen received the visiting Chilean defence minister in Oslo on \
         Monday.",
        "2026-06-03",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1, "{:?}", a.events);
    assert!(
        meetings[0]
            .participants
            .contains(&"country/CHL".to_string())
    );
    assert!(
        meetings[0]
            .participants
            .contains(&"person/tomas-eriksen".to_string())
    );
    // The host is not of the guest's country.
    let host = a
        .entities
        .iter()
        .find(|e| e.key == "person/tomas-eriksen")
        .expect("the host is found");
    assert_ne!(host.affiliation.as_deref(), Some("country/CHL"));
}

#[test]
fn a_meeting_verb_told_with_the_manner_of_a_call_is_the_call() {
    for text in [
        "Narendra Modi spoke with Vladimir Putin by phone on Tuesday.",
        "Narendra Modi spoke with Vladimir Putin over the phone on Tuesday.",
        "Narendra Modi and Vladimir Putin spoke on the phone on Tuesday.",
    ] {
        let a = run(text, "2026-06-04");
        assert_eq!(events(&a, "PhoneCall").len(), 1, "{text}: {:?}", a.events);
        assert!(events(&a, "Meeting").is_empty(), "{text}: {:?}", a.events);
    }
    // A meeting in person beside an earlier call stays a meeting.
    let a = run(
        "Narendra Modi met Vladimir Putin in Moscow on Tuesday.",
        "2026-06-04",
    );
    assert_eq!(events(&a, "Meeting").len(), 1, "{:?}", a.events);
}

#[test]
fn a_participle_after_a_common_noun_in_an_object_has_no_subject_from_the_clause() {
    // The navy rescued the crew; it did not attack the ship.
    let a = run(
        "The Indian navy rescued the crew of a cargo ship attacked off the coast of Oman.",
        "2026-06-04",
    );
    assert!(events(&a, "Attack").is_empty(), "{:?}", a.events);
    // The verb of the clause itself keeps its subject.
    let b = run(
        "The Indian navy attacked a cargo ship off the coast of Oman.",
        "2026-06-04",
    );
    assert_eq!(events(&b, "Attack").len(), 1, "{:?}", b.events);
    assert_eq!(events(&b, "Attack")[0].agents, ["country/IND"]);
}

#[test]
fn a_visit_phrase_takes_the_subject_of_its_clause_before_or_after_it() {
    let a = run(
        "Austria's chancellor promised more aid to Moldova during a visit to Chisinau.",
        "2026-06-04",
    );
    let visits = events(&a, "Visit");
    assert_eq!(visits.len(), 1, "{:?}", a.events);
    assert_eq!(visits[0].agents, ["country/AUT"]);
    assert_eq!(visits[0].targets, ["country/MDA"]);
    let b = run(
        "During a visit to Chisinau on Monday, Chancellor Karl Nehmer promised more aid to \
         Moldova.",
        "2026-06-04",
    );
    let visits = events(&b, "Visit");
    assert_eq!(visits.len(), 1, "{:?}", b.events);
    assert_eq!(visits[0].agents, ["person/karl-nehmer"]);
}

#[test]
fn a_call_for_another_sides_act_is_a_request_of_that_side() {
    let a = run(
        "Ghana called for Togo to reopen the border crossing at Aflao.",
        "2026-06-04",
    );
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1, "{:?}", a.events);
    assert_eq!(requests[0].agents, ["country/GHA"]);
    assert_eq!(requests[0].targets, ["country/TGO"]);
    // What was called for did not happen.
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    // A call for calm asks no one the text names.
    let b = run("Ghana called for calm on Monday.", "2026-06-04");
    assert!(events(&b, "Request").is_empty(), "{:?}", b.events);
}

#[test]
fn a_body_threatened_with_an_act_on_it_is_the_target() {
    for (text, body) in [
        (
            "Niger threatened to impose tariffs on the European Union.",
            "org/european-union",
        ),
        (
            "Niger threatened to leave the African Union.",
            "org/african-union",
        ),
        (
            "Niger threatened to withdraw from ECOWAS.",
            "org/economic-community-of-west-african-states",
        ),
    ] {
        let a = run(text, "2026-06-04");
        let threats = events(&a, "Threat");
        assert_eq!(threats.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(threats[0].agents, ["country/NER"], "{text}");
        assert_eq!(threats[0].targets, [body], "{text}");
    }
}

#[test]
fn a_protest_note_handed_over_is_a_protest_not_a_handover() {
    let a = run(
        "Bhutan handed over a protest note to Nepal over the border markers.",
        "2026-06-04",
    );
    assert!(events(&a, "Cooperation").is_empty(), "{:?}", a.events);
    let protests = events(&a, "Accusation");
    assert_eq!(protests.len(), 1, "{:?}", a.events);
    assert_eq!(protests[0].agents, ["country/BTN"]);
    assert_eq!(protests[0].targets, ["country/NPL"]);
    // People handed over are still a handover.
    let b = run(
        "Bhutan handed over two fugitives to Nepal on Monday.",
        "2026-06-04",
    );
    assert_eq!(events(&b, "Cooperation").len(), 1, "{:?}", b.events);
}

#[test]
fn a_guest_welcomed_is_met_and_a_decision_welcomed_is_supported() {
    let a = run(
        "The Omani sultan welcomed the Iranian president at Muscat airport on Monday.",
        "2026-06-04",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1, "{:?}", a.events);
    assert_eq!(
        sorted(&meetings[0].participants),
        ["country/IRN", "country/OMN"]
    );
    assert!(events(&a, "Support").is_empty(), "{:?}", a.events);
    let b = run(
        "Oman welcomed the decision by Iran to free the sailors.",
        "2026-06-04",
    );
    assert_eq!(events(&b, "Support").len(), 1, "{:?}", b.events);
    assert!(events(&b, "Meeting").is_empty(), "{:?}", b.events);
}

#[test]
fn a_person_named_after_a_demonym_and_a_descriptor_is_the_one_detained() {
    for (text, person) in [
        (
            "Authorities in Minsk detained Lithuanian journalist Rasa Petraityte on Friday.",
            "person/rasa-petraityte",
        ),
        (
            "Police arrested Dutch national Joost Verhagen at the airport in Caracas.",
            "person/joost-verhagen",
        ),
        (
            "Security forces detained Canadian citizen Mark Dufresne in Tehran last week.",
            "person/mark-dufresne",
        ),
    ] {
        let a = run(text, "2026-06-04");
        let arrests = events(&a, "Arrest");
        assert_eq!(arrests.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(arrests[0].targets, [person], "{text}");
    }
}

#[test]
fn names_after_a_plural_title_are_each_the_target_and_hold_its_country() {
    let a = run(
        "Norway sanctioned Belarusian ministers Pavel Kuzmich and Olga Sedova on Monday.",
        "2026-06-04",
    );
    let sanctions = events(&a, "Sanction");
    assert_eq!(sanctions.len(), 1, "{:?}", a.events);
    assert_eq!(
        sorted(&sanctions[0].targets),
        ["person/olga-sedova", "person/pavel-kuzmich"]
    );
    let sedova = a
        .entities
        .iter()
        .find(|e| e.key == "person/olga-sedova")
        .expect("the second minister is a person");
    assert_eq!(sedova.affiliation.as_deref(), Some("country/BLR"));
    assert_eq!(sedova.title.as_deref(), Some("Minister"));
}

#[test]
fn a_visit_or_talks_called_off_by_the_verb_before_them_did_not_happen() {
    for text in [
        "Chilean President Rosa Vidal cancelled a planned trip to Lima on Monday.",
        "The Kenyan president postponed his state visit to Ghana.",
        "Ecuador called off Friday's talks with Peru.",
    ] {
        let a = run(text, "2026-06-04");
        let told: Vec<_> = a
            .events
            .iter()
            .filter(|e| matches!(e.class.as_str(), "Visit" | "Negotiation"))
            .collect();
        assert_eq!(told.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(told[0].status, Status::NotOccurred, "{text}");
    }
    // A trip planned and then made stays real.
    let a = run(
        "Chilean President Rosa Vidal made a planned trip to Lima on Monday.",
        "2026-06-04",
    );
    assert_eq!(events(&a, "Visit")[0].status, Status::Occurred);
}

#[test]
fn a_grant_given_is_aid_and_a_grant_promised_is_a_pledge() {
    let a = run(
        "Ireland gave Malawi a grant of 15 million euros for school meals.",
        "2026-06-04",
    );
    let aid = events(&a, "Aid");
    assert_eq!(aid.len(), 1, "{:?}", a.events);
    assert_eq!(aid[0].agents, ["country/IRL"]);
    assert_eq!(aid[0].targets, ["country/MWI"]);
    let a = run(
        "Ireland will give Malawi a grant of 15 million euros for school meals.",
        "2026-06-04",
    );
    assert_eq!(events(&a, "CooperationPledge").len(), 1, "{:?}", a.events);
    // The verb "grant" is no grant given.
    let a = run(
        "Consular access, which Iran does not grant to dual nationals, was refused.",
        "2026-06-04",
    );
    assert!(events(&a, "Aid").is_empty(), "{:?}", a.events);
}

#[test]
fn access_restricted_is_coercion_of_the_side_shut_out() {
    let a = run(
        "Egypt restricted access to the Sudanese embassy on Friday.",
        "2026-06-04",
    );
    let coercion = events(&a, "Coercion");
    assert_eq!(coercion.len(), 1, "{:?}", a.events);
    assert_eq!(coercion[0].agents, ["country/EGY"]);
    assert_eq!(coercion[0].targets, ["country/SDN"]);
}
