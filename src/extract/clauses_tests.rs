//! Behaviour tests of how clauses bound events: what was demanded, relative clauses,
//! topics of talks, pairs named by "the two", and dates told as "the same evening".

use crate::annotation::Event;
use crate::extract::tests::{events, run};

#[test]
fn what_was_demanded_is_no_event_but_a_relative_clause_is() {
    let a = run(
        "Ghana demanded on Friday that Togo release Kofi Mensah, a Ghanaian journalist who \
         was arrested by Togolese police at the Aflao crossing on Tuesday.",
        "2026-04-25",
    );
    assert_eq!(events(&a, "Request").len(), 1);
    // "release" is what Ghana asked for, not a release that happened.
    assert!(events(&a, "Retreat").is_empty());
    // The arrest told in the relative clause did happen.
    let arrest = events(&a, "Arrest");
    assert_eq!(arrest.len(), 1);
    assert_eq!(arrest[0].date.as_deref(), Some("2026-04-21"));
    // The one arrested is the one the relative clause's apposition describes.
    assert_eq!(arrest[0].targets, ["person/kofi-mensah"]);
    assert_eq!(arrest[0].agents, ["country/TGO"]);
}

#[test]
fn a_bare_verb_after_and_stays_in_what_was_demanded() {
    let a = run(
        "Latvia demanded that Russia locate and hand over the two suspects.",
        "2026-04-25",
    );
    assert_eq!(events(&a, "Request").len(), 1);
    assert!(events(&a, "Cooperation").is_empty());
    // A verb in the past after "and" is an act of its own.
    let b = run(
        "Latvia denied the charge and accused Russia of lying.",
        "2026-04-25",
    );
    assert_eq!(events(&b, "Accusation").len(), 1);
}

#[test]
fn a_gerund_after_talks_on_is_their_topic() {
    let a = run(
        "Armenia and Azerbaijan will hold talks on Friday on withdrawing troops from the border.",
        "2026-04-25",
    );
    assert_eq!(events(&a, "Negotiation").len(), 1);
    assert!(events(&a, "Retreat").is_empty());
}

#[test]
fn the_two_after_a_meeting_are_the_two_who_met() {
    let a = run(
        "Peru's Foreign Minister Rosa Quispe held talks with her Ecuadorian counterpart, \
         Diego Mora, on Monday, and the two agreed to reopen the border.",
        "2026-04-25",
    );
    let agreement = events(&a, "Agreement");
    assert_eq!(agreement.len(), 1);
    let mut who = agreement[0].participants.clone();
    who.sort();
    assert_eq!(who, ["person/diego-mora", "person/rosa-quispe"]);
}

#[test]
fn the_two_with_a_modifier_are_the_main_countries() {
    let a = run(
        "Chad and Niger closed their border in May. The two West African neighbours signed \
         a security pact in 2024.",
        "2026-04-25",
    );
    let agreement = events(&a, "Agreement");
    assert_eq!(agreement.len(), 1);
    let mut who = agreement[0].participants.clone();
    who.sort();
    assert_eq!(who, ["country/NER", "country/TCD"]);
}

#[test]
fn the_same_evening_is_the_day_told_before() {
    let a = run(
        "Serbia accused Kosovo on Monday of provoking the clash. Kosovo's Prime Minister \
         Albin Kurti rejected the charge the same evening.",
        "2026-04-25",
    );
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].date.as_deref(), Some("2026-04-20"));
}

#[test]
fn an_acronym_is_the_body_named_in_full_before() {
    let a = run(
        "Fighters of the Sudan Liberation Movement attacked a convoy. Officials said SLM \
         units had withdrawn by Friday.",
        "2026-04-25",
    );
    assert!(!a.entities.iter().any(|e| e.key == "org/slm"));
    let body = a
        .entities
        .iter()
        .find(|e| e.key == "org/sudan-liberation-movement");
    assert!(body.is_some_and(|b| b.alt_labels.iter().any(|l| l == "SLM")));
}

#[test]
fn an_unknown_acronym_takes_no_country_from_another_noun_phrase() {
    let a = run(
        "The Malian army accused the FLA of shelling a market. The Norwegian operator FGSZ \
         denied it.",
        "2026-04-25",
    );
    let fla = a.entities.iter().find(|e| e.key == "org/fla");
    assert!(fla.is_some_and(|o| o.affiliation.is_none() && o.based_in.is_none()));
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["country/MLI"]);
    assert_eq!(accusation[0].targets, ["org/fla"]);
    let fgsz = a.entities.iter().find(|e| e.key == "org/fgsz");
    assert!(fgsz.is_some_and(|o| o.based_in.as_deref() == Some("country/NOR")));
}

#[test]
fn a_light_noun_in_a_manner_phrase_takes_the_verbs_subject() {
    let a = run(
        "The African Union said on Monday that it stood in solidarity with Malawi.",
        "2026-04-25",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].agents, ["org/african-union"]);
    assert_eq!(support[0].targets, ["country/MWI"]);
}

#[test]
fn short_forms_of_people_and_bodies_named_before() {
    let a = run(
        "Belgian Foreign Minister Hendrik de Smet met the envoy on Monday. De Smet said the \
         talks were useful. Britain sanctioned Blue Harbour Shipping, a Dubai-registered \
         company, on Tuesday. Blue Harbour denied the accusation on Wednesday.",
        "2026-04-25",
    );
    // "De Smet" is the minister, not a second person.
    assert!(!a.entities.iter().any(|e| e.key == "person/de-smet"));
    // "Blue Harbour" is the company named in full before.
    assert!(
        !a.entities
            .iter()
            .any(|e| e.key.contains("blue-harbour") && e.key != "org/blue-harbour-shipping")
    );
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].agents, ["org/blue-harbour-shipping"]);
}

#[test]
fn rights_groups_are_organizations_that_ask() {
    let a = run(
        "Human Rights Watch urged Kenya on Friday to release the detained activists.",
        "2026-04-25",
    );
    let request = events(&a, "Request");
    assert_eq!(request.len(), 1);
    assert_eq!(request[0].agents, ["org/human-rights-watch"]);
    assert_eq!(request[0].targets, ["country/KEN"]);
}

#[test]
fn condemning_the_act_targets_its_author() {
    let a = run(
        "Iran test-fired a ballistic missile on Friday. Germany and France held talks on \
         Saturday. German Chancellor Anna Weber condemned the launch on Saturday, and \
         Iran rejected the criticism.",
        "2026-04-25",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].targets, ["country/IRN"]);
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    // The accuser's side, not the accuser.
    assert_eq!(rejection[0].targets, ["country/DEU"]);
    // Force in words only is no attack.
    let b = run("China struck a more cautious tone on Friday.", "2026-04-25");
    assert!(events(&b, "Attack").is_empty());
    let c = run("Peru hit its export targets in 2025.", "2026-04-25");
    assert!(events(&c, "Attack").is_empty());
    // Targets with an owner or a place are struck by force.
    let d = run("Turkey struck targets in Iraq overnight.", "2026-04-25");
    assert_eq!(events(&d, "Attack").len(), 1);
    assert_eq!(events(&d, "Attack")[0].targets, ["country/IRQ"]);
    let e = run(
        "Israeli jets struck Hezbollah targets overnight.",
        "2026-04-25",
    );
    assert_eq!(events(&e, "Attack").len(), 1, "{:?}", e.events);
}

#[test]
fn a_coercive_act_on_a_condition_is_a_threat_by_its_speaker() {
    let a = run(
        "Chile will impose duties on Argentine wine unless Buenos Aires lifts its ban on \
         Chilean salmon, Trade Minister Rosa Vidal said on Wednesday.",
        "2026-04-25",
    );
    assert!(events(&a, "Tariff").is_empty());
    // Lifting the ban is only the condition.
    assert!(events(&a, "Concession").is_empty());
    let threat = events(&a, "Threat");
    assert_eq!(threat.len(), 1);
    assert_eq!(threat[0].agents, ["person/rosa-vidal"]);
    assert_eq!(threat[0].targets, ["country/ARG"]);
    assert_eq!(threat[0].date.as_deref(), Some("2026-04-22"));
}

#[test]
fn brussels_is_the_union_and_the_bloc_stays_the_bloc_before_of() {
    let a = run(
        "Kenya asked the European Union on Monday to delay its new rules. Brussels refused \
         on Tuesday, and Nairobi accused the bloc of protectionism.",
        "2026-04-25",
    );
    assert!(!a.entities.iter().any(|e| e.key == "country/BEL"));
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].agents, ["org/european-union"]);
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].targets, ["org/european-union"]);
}

#[test]
fn a_named_court_acts_and_what_was_requested_is_no_event() {
    let a = run(
        "Brazil's Supreme Court rejected Chile's request on Monday. Chile had formally \
         requested his extradition in May.",
        "2026-04-25",
    );
    let court = a.entities.iter().find(|e| e.key == "org/supreme-court");
    assert!(court.is_some_and(|c| c.based_in.as_deref() == Some("country/BRA")));
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].agents, ["org/supreme-court"]);
    // The extradition was asked for, not carried out.
    assert!(events(&a, "Cooperation").is_empty());
    assert_eq!(events(&a, "Request").len(), 1);
}

#[test]
fn acts_with_one_side_only_are_dropped_but_a_states_own_signing_stays() {
    let a = run(
        "Protesters were met by police outside the ministry. Peru signed the fisheries \
         treaty on Monday. The envoy, who helped broker the accord, left on Tuesday.",
        "2026-04-25",
    );
    // "were met by police" and "helped broker the accord" name one side only.
    assert!(events(&a, "Meeting").is_empty());
    let agreement = events(&a, "Agreement");
    assert_eq!(agreement.len(), 1);
    assert_eq!(agreement[0].participants, ["country/PER"]);
}

#[test]
fn calling_an_act_a_provocation_is_an_accusation_but_calling_on_is_a_request() {
    let a = run(
        "Iran seized a Greek tanker on Monday. Greek Foreign Minister Eleni Pappa called the \
         seizure an act of piracy on Tuesday. Athens called on Tehran to release the crew.",
        "2026-04-25",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["person/eleni-pappa"]);
    assert_eq!(accusation[0].targets, ["country/IRN"]);
    assert_eq!(events(&a, "Request").len(), 1);
}

#[test]
fn a_body_convening_meets_on_its_own() {
    let a = run(
        "The UN Security Council will convene on Monday to discuss the strike.",
        "2026-04-25",
    );
    let meeting = events(&a, "Meeting");
    assert_eq!(meeting.len(), 1);
    assert_eq!(
        meeting[0].participants,
        ["org/united-nations-security-council"]
    );
    assert_eq!(meeting[0].status, crate::annotation::Status::Planned);
}

#[test]
fn not_until_a_date_happened_then() {
    let a = run(
        "Argentina did not recognise Croatia's independence until 1993.",
        "2026-04-25",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].status, crate::annotation::Status::Occurred);
    assert_eq!(support[0].date.as_deref(), Some("1993"));
}

#[test]
fn talks_going_on_and_the_next_round_planned_are_two() {
    let a = run(
        "Peru and Bolivia are also negotiating a free trade agreement, with the next round \
         of talks due in La Paz in June.",
        "2026-04-25",
    );
    let talks = events(&a, "Negotiation");
    assert_eq!(talks.len(), 2, "{talks:?}");
    let ongoing = talks
        .iter()
        .find(|e| e.status == crate::annotation::Status::Ongoing)
        .expect("the talks going on");
    assert_eq!(ongoing.date, None);
    assert!(
        talks
            .iter()
            .any(|e| e.status == crate::annotation::Status::Planned
                && e.date.as_deref() == Some("2026-06"))
    );
    // The agreement talked about is none reached.
    assert!(events(&a, "Agreement").is_empty());
}

#[test]
fn concluded_negotiations_are_an_agreement() {
    let a = run(
        "Chile concluded negotiations on a fisheries accord with Argentina in March.",
        "2026-04-25",
    );
    assert_eq!(events(&a, "Agreement").len(), 1);
    assert!(events(&a, "Negotiation").is_empty());
}

#[test]
fn a_call_on_someone_with_nothing_asked_is_a_meeting() {
    let a = run(
        "Commodore Anil Rao of India's Western Fleet called on Oman's naval chief, Rear \
         Admiral Saif al-Harthy, on Tuesday.",
        "2026-04-25",
    );
    let meeting = events(&a, "Meeting");
    assert_eq!(meeting.len(), 1);
    assert_eq!(
        meeting[0].participants,
        ["person/anil-rao", "person/saif-al-harthy"]
    );
    // With something asked, it stays a request.
    let b = run("India called on Oman to release the crew.", "2026-04-25");
    assert_eq!(events(&b, "Request").len(), 1);
}

#[test]
fn a_refusal_told_as_a_negated_future_is_a_rejection() {
    let a = run(
        "Nicaragua welcomed the border ruling on Monday. Honduras said on Monday it would \
         not accept the ruling.",
        "2026-04-25",
    );
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1);
    assert_eq!(rejection[0].agents, ["country/HND"]);
    assert_eq!(rejection[0].status, crate::annotation::Status::Occurred);
}

#[test]
fn a_family_name_that_is_a_word_after_a_title() {
    let a = run(
        "Foreign ministry spokesman He Lin said on Monday that Beijing rejected the charge.",
        "2026-04-25",
    );
    assert!(a.entities.iter().any(|e| e.key == "person/he-lin"));
}

#[test]
fn police_of_no_named_country_act_for_the_country_of_the_place() {
    let a = run(
        "Police in Nairobi arrested three Ugandan activists on Friday.",
        "2026-04-25",
    );
    let arrest = events(&a, "Arrest");
    assert_eq!(arrest.len(), 1);
    assert_eq!(arrest[0].agents, ["country/KEN"]);
}

#[test]
fn a_participle_after_a_comma_goes_on_from_the_first_clause() {
    let a = run(
        "Armenia on Monday demanded the release of two shepherds detained by Azerbaijani \
         soldiers, accusing Baku of provocations.",
        "2026-04-25",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["country/ARM"]);
    assert_eq!(accusation[0].targets, ["country/AZE"]);
}

#[test]
fn a_president_of_a_republic_is_a_leader_of_the_two() {
    let a = run(
        "President of the Republic of Ghana John Mahama paid a state visit to Japan at the \
         invitation of Prime Minister Sanae Takaichi. On Wednesday, the two leaders agreed \
         to upgrade the relationship.",
        "2026-09-24",
    );
    let agreement = events(&a, "Agreement");
    assert_eq!(agreement.len(), 1);
    assert_eq!(
        agreement[0].participants,
        ["person/john-mahama", "person/sanae-takaichi"]
    );
}

#[test]
fn a_duty_on_goods_is_a_tariff_and_a_decision_to_ban_is_its_owners() {
    let a = run(
        "Chile will impose a 12% duty on Argentine wine from July 1, the trade ministry \
         said on Wednesday, in retaliation for Argentina's decision last month to ban \
         imports of Chilean salmon.",
        "2026-05-21",
    );
    let tariff = events(&a, "Tariff");
    assert_eq!(tariff.len(), 1);
    assert_eq!(tariff[0].agents, ["country/CHL"]);
    assert_eq!(tariff[0].status, crate::annotation::Status::Planned);
    assert_eq!(tariff[0].date.as_deref(), Some("2026-07-01"));
    let ban = events(&a, "Sanction");
    assert_eq!(ban.len(), 1);
    assert_eq!(ban[0].agents, ["country/ARG"]);
    assert_eq!(ban[0].targets, ["country/CHL"]);
}

#[test]
fn summoning_an_envoy_to_protest_is_one_diplomatic_protest() {
    let a = run(
        "Slovenia's foreign ministry summoned Hungary's ambassador, Eva Kovacs, on Monday to \
         protest against the detention of a Slovenian journalist.",
        "2026-09-14",
    );
    assert_eq!(events(&a, "Accusation").len(), 1);
    assert!(events(&a, "Protest").is_empty());
}

#[test]
fn a_complaint_filed_with_a_body_is_not_against_it() {
    let a = run(
        "Peru banned Bolivian onions on Monday. Bolivia filed a complaint with the World \
         Trade Organization on Tuesday.",
        "2026-05-21",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["country/BOL"]);
    assert_eq!(accusation[0].targets, ["country/PER"]);
}

#[test]
fn an_act_attributed_to_someone_is_theirs() {
    let a = run(
        "Estonia on Thursday attributed the cyberattack on its ports to Russia.",
        "2026-10-08",
    );
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["country/EST"]);
    assert_eq!(accusation[0].targets, ["country/RUS"]);
    let attack = events(&a, "Attack");
    assert_eq!(attack.len(), 1);
    assert_eq!(attack[0].agents, ["country/RUS"]);
    // Told at length before the one accused, who is a unit of a state's service.
    let b = run(
        "Latvia on Friday formally attributed a cyberattack that shut down the water system \
         of Riga for three days in August to a unit of Russian military intelligence.",
        "2026-10-09",
    );
    let accusation = events(&b, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["country/LVA"]);
    let attack = events(&b, "Attack");
    assert_eq!(attack.len(), 1);
    assert_ne!(attack[0].agents, ["country/LVA"]);
    assert_eq!(attack[0].agents, accusation[0].targets);
}

#[test]
fn a_verb_after_and_and_an_adverb_shares_the_first_subject() {
    let a = run(
        "Chile's President Ana Rojas met Peru's Prime Minister Luis Prado in Arica on Monday \
         and separately met Bolivia's President Marco Quiroga.",
        "2026-04-25",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 2);
    // Rojas met both; Prado never met Quiroga.
    for meeting in &meetings {
        assert!(
            meeting
                .participants
                .contains(&"person/ana-rojas".to_string())
        );
    }
    assert!(
        meetings
            .iter()
            .any(|m| m.participants.contains(&"person/marco-quiroga".to_string()))
    );
}

#[test]
fn calling_a_person_is_a_phone_call_but_calling_him_something_is_not() {
    let a = run(
        "Estonia's Prime Minister Mari Kask called Finnish President Juha Virtanen on Monday.",
        "2026-04-25",
    );
    let calls = events(&a, "PhoneCall");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].date.as_deref(), Some("2026-04-20"));
    let b = run(
        "Estonia's Prime Minister Mari Kask called Finnish President Juha Virtanen a true friend.",
        "2026-04-25",
    );
    assert!(events(&b, "PhoneCall").is_empty());
    let c = run(
        "Estonia's Prime Minister Mari Kask called on Finnish President Juha Virtanen to act.",
        "2026-04-25",
    );
    assert!(events(&c, "PhoneCall").is_empty());
}

#[test]
fn a_verb_after_a_meeting_goes_on_from_its_subject_alone() {
    let a = run(
        "Estonia's Prime Minister Mari Kask met Finnish President Juha Virtanen on Monday and \
         praised Ukraine's resistance.",
        "2026-04-25",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].agents, ["person/mari-kask"]);
    // Both meet, both praise.
    let b = run(
        "Estonian Prime Minister Mari Kask and her Finnish counterpart Juha Virtanen met on \
         Monday and praised Ukraine.",
        "2026-04-25",
    );
    let support = events(&b, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].agents.len(), 2);
}

#[test]
fn help_a_speaker_says_their_side_would_give_is_a_pledge() {
    let a = run(
        "Norway's ambassador in Lusaka, Ingrid Dahl, said on Monday that Oslo would send tents \
         and blankets to Zambia.",
        "2026-04-25",
    );
    let pledge = events(&a, "CooperationPledge");
    assert_eq!(pledge.len(), 1);
    // The ambassador posted in Lusaka is a person, and the promise is hers.
    assert_eq!(pledge[0].agents, ["person/ingrid-dahl"]);
    assert_eq!(pledge[0].targets, ["country/ZMB"]);
    assert!(events(&a, "Aid").is_empty());
    // Told as a plan, with no one saying it, it is aid to come.
    let b = run(
        "Norway will send tents and blankets to Zambia next week.",
        "2026-04-25",
    );
    assert!(events(&b, "CooperationPledge").is_empty());
    assert_eq!(events(&b, "Aid").len(), 1);
}

#[test]
fn port_calls_investigations_and_standing_with_an_ally() {
    let a = run(
        "Two Brazilian Navy frigates docked at Luanda on Monday. Namibia's police opened an \
         investigation into Kwanza Shipping on Tuesday. Portugal said it stood shoulder to \
         shoulder with Angola.",
        "2026-04-25",
    );
    let visit = events(&a, "Visit");
    assert_eq!(visit.len(), 1);
    assert_eq!(visit[0].targets, ["country/AGO"]);
    let accusation = events(&a, "Accusation");
    assert_eq!(accusation.len(), 1);
    assert_eq!(accusation[0].agents, ["country/NAM"]);
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].agents, ["country/PRT"]);
    assert_eq!(support[0].targets, ["country/AGO"]);
}

#[test]
fn a_future_date_inside_what_was_agreed_is_not_the_agreements() {
    let a = run(
        "Ghana and Togo agreed to hold joint border patrols next month.",
        "2026-04-25",
    );
    let agreement = events(&a, "Agreement");
    assert_eq!(agreement.len(), 1);
    assert_eq!(agreement[0].status, crate::annotation::Status::Occurred);
    assert_ne!(agreement[0].date.as_deref(), Some("2026-05"));
    // A past date there is still the agreement's: "agreed to a truce on Monday".
    let b = run("Ghana and Togo agreed to a truce on Monday.", "2026-04-25");
    assert_eq!(
        events(&b, "Agreement")[0].date.as_deref(),
        Some("2026-04-20")
    );
}

#[test]
fn suspending_ones_own_tariffs_is_a_concession() {
    let a = run(
        "Chile suspended its retaliatory tariffs on Argentine wine on Monday.",
        "2026-04-25",
    );
    let concession = events(&a, "Concession");
    assert_eq!(concession.len(), 1);
    assert_eq!(concession[0].agents, ["country/CHL"]);
    assert!(events(&a, "Tariff").is_empty());
    assert!(events(&a, "Sanction").is_empty());
    // Suspending someone is still a sanction.
    let b = run(
        "Chile suspended Argentina from the bloc on Monday.",
        "2026-04-25",
    );
    assert_eq!(events(&b, "Sanction").len(), 1);
}

#[test]
fn the_side_a_pledge_is_for_is_named_inside_what_was_promised() {
    let a = run(
        "Peru and Chile argued over fishing rights on Monday. Spain pledged to send two \
         patrol boats to Ecuador.",
        "2026-04-25",
    );
    let pledge = events(&a, "CooperationPledge");
    assert_eq!(pledge.len(), 1);
    assert_eq!(pledge[0].agents, ["country/ESP"]);
    // Ecuador, not a side of the quarrel told before.
    assert_eq!(pledge[0].targets, ["country/ECU"]);
}

#[test]
fn consultations_asked_for_are_a_request_to_the_side_they_are_with() {
    let a = run(
        "Colombia asked the WTO on Tuesday to open dispute consultations with the European \
         Union.",
        "2026-06-04",
    );
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_eq!(requests[0].agents, vec!["country/COL".to_string()]);
    assert_eq!(requests[0].targets, vec!["org/european-union".to_string()]);
    // The consultations asked for are not a meeting that happened.
    assert!(events(&a, "Meeting").is_empty());
    let b = run(
        "Kenya has sought consultations with Uganda under the bloc's rules.",
        "2026-06-04",
    );
    assert_eq!(
        events(&b, "Request")[0].targets,
        vec!["country/UGA".to_string()]
    );
}

#[test]
fn prosecutors_in_a_country_act_for_it() {
    let a = run(
        "Prosecutors in Chile charged two Peruvian men with spying on Monday.",
        "2026-06-04",
    );
    let charges = events(&a, "Accusation");
    assert_eq!(charges.len(), 1, "{charges:?}");
    assert_eq!(charges[0].agents, vec!["country/CHL".to_string()]);
}

#[test]
fn a_person_behind_a_then_title_is_named_in_the_meeting() {
    let a = run(
        "King Harald and then-President Tarja Halonen met in Oslo in May 2005.",
        "2026-06-04",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1);
    assert!(
        meetings[0]
            .participants
            .iter()
            .any(|p| p == "person/tarja-halonen")
    );
}

#[test]
fn money_released_as_help_is_aid_and_leaving_for_a_place_is_a_visit() {
    let a = run(
        "Japan released $5 million in emergency aid to Malawi on Monday.",
        "2026-06-04",
    );
    assert_eq!(
        events(&a, "Aid")[0].targets,
        vec!["country/MWI".to_string()]
    );
    assert!(events(&a, "Concession").is_empty());
    // Frozen funds released are a concession still.
    let frozen = run(
        "The United States released $2 billion of frozen Iranian funds on Monday.",
        "2026-06-04",
    );
    assert_eq!(events(&frozen, "Concession").len(), 1);
    assert!(events(&frozen, "Aid").is_empty());
    let b = run(
        "Kenyan President William Ruto left Nairobi on Friday for Lima.",
        "2026-06-04",
    );
    let visits = events(&b, "Visit");
    assert_eq!(visits.len(), 1);
    assert_eq!(visits[0].targets, vec!["country/PER".to_string()]);
}

#[test]
fn a_measure_from_a_day_ahead_is_planned_for_it() {
    let a = run(
        "Japan announced a ban on exports of machine tools to Russia from December 15.",
        "2026-11-20",
    );
    let bans = events(&a, "Sanction");
    assert_eq!(bans.len(), 1);
    assert_eq!(bans[0].date.as_deref(), Some("2026-12-15"));
    assert_eq!(bans[0].status, crate::annotation::Status::Planned);
    // A day just past is the day it took effect.
    let b = run(
        "Japan imposed a ban on exports of machine tools to Russia from January 1.",
        "2026-02-10",
    );
    assert_eq!(
        events(&b, "Sanction")[0].date.as_deref(),
        Some("2026-01-01")
    );
}

#[test]
fn a_noun_after_and_and_its_verb_takes_the_first_subject() {
    let a = run(
        "Japan froze the assets of firms that helped to ship North Korean missiles to Russia, \
         and announced a ban on exports to Russia.",
        "2026-06-04",
    );
    for ban in events(&a, "Sanction") {
        assert_eq!(ban.agents, vec!["country/JPN".to_string()], "{ban:?}");
    }
}

#[test]
fn a_verb_reaches_its_side_past_a_noun_of_its_own_class() {
    let a = run("Kenya signed a deal with Uganda.", "2026-06-04");
    let deals = events(&a, "Agreement");
    assert_eq!(deals.len(), 1);
    let mut sides = deals[0].participants.clone();
    sides.sort();
    assert_eq!(sides, vec!["country/KEN", "country/UGA"]);
}

#[test]
fn relations_restored_are_an_agreement_of_both_sides() {
    let a = run(
        "Israel and the UAE established diplomatic relations in 2020.",
        "2026-06-04",
    );
    let deals = events(&a, "Agreement");
    assert_eq!(deals.len(), 1);
    let mut sides = deals[0].participants.clone();
    sides.sort();
    assert_eq!(sides, vec!["country/ARE", "country/ISR"]);
    assert_eq!(deals[0].date.as_deref(), Some("2020"));
}

#[test]
fn it_after_and_is_the_first_subject_and_keeps_its_own_clause_date() {
    let a = run(
        "Hanoi began to diversify after the United States lifted its arms embargo on Vietnam \
         in May 2016, and it upgraded its ties with South Korea in December 2022.",
        "2026-06-04",
    );
    let deals = events(&a, "Agreement");
    assert_eq!(deals.len(), 1, "{deals:?}");
    let mut sides = deals[0].participants.clone();
    sides.sort();
    assert_eq!(sides, vec!["country/KOR", "country/VNM"]);
    assert_eq!(deals[0].date.as_deref(), Some("2022-12"));
}

#[test]
fn a_meeting_asked_for_is_a_request_to_the_body_not_a_meeting() {
    let a = run(
        "Japan, South Korea and the United States jointly asked for an emergency meeting of \
         the UN Security Council.",
        "2026-06-04",
    );
    assert!(events(&a, "Meeting").is_empty());
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].agents.len(), 3);
    assert_eq!(
        requests[0].targets,
        vec!["org/united-nations-security-council".to_string()]
    );
}

#[test]
fn yielding_to_a_demand_is_a_concession_to_who_made_it() {
    let a = run(
        "Uganda accepted Kenya's demand to reopen the border.",
        "2026-06-04",
    );
    let concessions = events(&a, "Concession");
    assert_eq!(concessions.len(), 1, "{concessions:?}");
    assert_eq!(concessions[0].agents, vec!["country/UGA".to_string()]);
    assert_eq!(concessions[0].targets, vec!["country/KEN".to_string()]);
    assert!(events(&a, "Agreement").is_empty());
}

#[test]
fn a_breakaway_region_is_a_place_of_its_country() {
    let a = run(
        "Russian border guards detained two Georgian citizens in South Ossetia on Tuesday.",
        "2026-06-04",
    );
    let arrests = events(&a, "Arrest");
    assert_eq!(arrests.len(), 1);
    assert_eq!(
        arrests[0].locations,
        vec!["place/south-ossetia".to_string()]
    );
    let region = a.entities.iter().find(|e| e.key == "place/south-ossetia");
    assert!(region.is_some_and(|e| e.located_in.as_deref() == Some("country/GEO")));
}

#[test]
fn a_clash_with_no_side_blamed_is_an_attack_both_sides_take_part_in() {
    let a = run(
        "Sudanese troops clashed with Chadian soldiers near the border on Monday.",
        "2026-04-25",
    );
    let attacks = events(&a, "Attack");
    assert_eq!(attacks.len(), 1, "{:?}", a.events);
    assert!(attacks[0].agents.is_empty() && attacks[0].targets.is_empty());
    let sides = &attacks[0].participants;
    assert_eq!(sides.len(), 2, "{sides:?}");
    assert!(sides.iter().any(|s| s == "country/SDN"), "{sides:?}");
    assert!(
        sides
            .iter()
            .any(|s| s.contains("chad") || s == "country/TCD"),
        "{sides:?}"
    );
    // A quarrel is no attack.
    let b = run(
        "Kenya and Uganda clashed over the budget on Monday.",
        "2026-04-25",
    );
    assert!(events(&b, "Attack").is_empty());
}

#[test]
fn severing_or_suspending_relations_is_a_sanction_on_the_other_side() {
    for text in [
        "Nicaragua severed diplomatic relations with the Netherlands on Monday.",
        "Nicaragua broke off diplomatic ties with the Netherlands on Monday.",
        "Nicaragua suspended relations with the Netherlands on Monday.",
    ] {
        let a = run(text, "2026-04-25");
        let sanctions = events(&a, "Sanction");
        assert_eq!(sanctions.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(sanctions[0].agents, ["country/NIC"]);
        assert_eq!(sanctions[0].targets, ["country/NLD"]);
    }
}

#[test]
fn a_vote_for_a_sides_text_backs_it_and_a_vote_against_rejects_it() {
    let a = run(
        "Chile voted for the Peruvian draft on Thursday, and Bolivia voted against the Peruvian \
         draft.",
        "2026-04-25",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1, "{:?}", a.events);
    assert_eq!(support[0].agents, ["country/CHL"]);
    assert_eq!(support[0].targets, ["country/PER"]);
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1, "{:?}", a.events);
    assert_eq!(rejection[0].agents, ["country/BOL"]);
}

#[test]
fn verbs_of_sharp_criticism_are_accusations() {
    for verb in ["blasted", "decried", "deplored", "castigated"] {
        let text = format!("Ghana {verb} Togo's decision to close the border on Monday.");
        let a = run(&text, "2026-04-25");
        let accusations = events(&a, "Accusation");
        assert_eq!(accusations.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(accusations[0].agents, ["country/GHA"]);
        assert_eq!(accusations[0].targets, ["country/TGO"]);
    }
}

#[test]
fn rejecting_or_condemning_what_someone_issued_targets_its_author() {
    let a = run(
        "Vietnam rejected a statement issued on Tuesday by China's foreign ministry.",
        "2026-04-25",
    );
    let rejection = events(&a, "Rejection");
    assert_eq!(rejection.len(), 1, "{:?}", a.events);
    assert_eq!(rejection[0].agents, ["country/VNM"]);
    assert_eq!(rejection[0].targets, ["country/CHN"]);
    let b = run(
        "Ghana condemned the remarks made by Togo's foreign minister on Monday.",
        "2026-04-25",
    );
    let accusation = events(&b, "Accusation");
    assert_eq!(accusation.len(), 1, "{:?}", b.events);
    assert_eq!(accusation[0].targets, ["country/TGO"]);
}

#[test]
fn an_act_told_weeks_after_or_before_has_no_date_of_the_lead() {
    let a = run(
        "Laos and Vietnam signed a power deal on Tuesday. The deal comes weeks after Cambodia \
         accused Laos of diverting the Mekong. Weeks after the flood, Thailand accused Laos of \
         negligence.",
        "2026-04-25",
    );
    let accusations = events(&a, "Accusation");
    let by = |iso: &str| {
        accusations
            .iter()
            .find(|e| e.agents == [format!("country/{iso}")])
            .map(|e| e.date.clone())
    };
    // Inside the clause the span opens: no date the text gives.
    assert_eq!(by("KHM"), Some(None));
    // A fronted clause before a comma does not reach the main clause.
    assert_eq!(by("THA"), Some(Some("2026-04-21".to_string())));
}

#[test]
fn an_accusation_with_no_agent_is_not_an_earlier_one_against_the_country() {
    let a = run(
        "Denmark summoned China's ambassador on Monday.\n\nNorway condemned China's \
         actions.\n\nIn May, Oslo expelled two Chinese nationals accused of spying near \
         military bases.",
        "2026-08-20",
    );
    let accusations = events(&a, "Accusation");
    let norway: Vec<&&Event> = accusations
        .iter()
        .filter(|e| e.agents == ["country/NOR"])
        .collect();
    assert_eq!(norway.len(), 1);
    assert_eq!(norway[0].targets, ["country/CHN"]);
    assert_eq!(norway[0].date.as_deref(), Some("2026-08-17"));
}

#[test]
fn what_a_meeting_is_to_discuss_is_no_event() {
    let a = run(
        "Kyrgyzstan and Tajikistan met on Monday to discuss joint patrols and the tariffs on \
         cement.",
        "2026-04-25",
    );
    assert_eq!(events(&a, "Meeting").len(), 1);
    assert!(events(&a, "Cooperation").is_empty());
    assert!(events(&a, "Tariff").is_empty());
    // Measures only thought about are no measures either.
    let b = run("Chile is considering sanctions against Peru.", "2026-04-25");
    assert!(events(&b, "Sanction").is_empty());
    let c = run(
        "After considering the request from Peru, Chile rejected it on Monday.",
        "2026-04-25",
    );
    assert_eq!(events(&c, "Rejection").len(), 1);
}

#[test]
fn a_measure_proposed_is_planned_on_the_day_it_was_put_forward() {
    let a = run(
        "Chile on Wednesday proposed new tariffs on Peruvian cement. Chile's directors \
         proposed lowering the tariff on Peruvian wine.",
        "2026-04-25",
    );
    let tariffs = events(&a, "Tariff");
    assert_eq!(tariffs.len(), 1);
    assert_eq!(tariffs[0].status, crate::annotation::Status::Planned);
    assert_eq!(tariffs[0].agents, ["country/CHL"]);
    assert_eq!(tariffs[0].targets, ["country/PER"]);
    assert_eq!(tariffs[0].date.as_deref(), Some("2026-04-22"));
    // "proposed lowering the tariff" puts forward a cut: the one tariff is the cement's.
    assert!(tariffs[0].evidence[0].text.contains("cement"));
}

#[test]
fn a_protest_in_a_country_is_its_peoples_and_a_recognition_is_support() {
    let a = run(
        "Protests erupted in Bolivia on Sunday. Families marched to protest against the \
         detention of their sons in Chile. Peru's recognition of Kosovo angered Serbia. The \
         medal came in recognition of her work in Peru.",
        "2026-04-25",
    );
    let protests = events(&a, "Protest");
    assert!(protests.iter().any(|e| e.agents == ["country/BOL"]));
    // The country of what is protested against is no crowd's.
    assert!(!protests.iter().any(|e| e.agents == ["country/CHL"]));
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].agents, ["country/PER"]);
    assert_eq!(support[0].targets, ["country/XKX"]);
}

#[test]
fn one_sent_away_from_a_country_is_expelled_by_it() {
    let a = run(
        "The expulsion of the Danish ambassador from Mali angered Copenhagen.",
        "2026-04-25",
    );
    let expulsions = events(&a, "Expulsion");
    assert_eq!(expulsions.len(), 1);
    assert_eq!(expulsions[0].agents, ["country/MLI"]);
    assert_eq!(expulsions[0].targets, ["country/DNK"]);
}

#[test]
fn what_is_asked_for_after_for_is_no_event() {
    let a = run(
        "Malawi asked Zambia for urgent talks on the border closure on Monday.",
        "2026-06-04",
    );
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_eq!(requests[0].targets, ["country/ZMB"]);
    // The talks asked for have not been held.
    assert!(events(&a, "Negotiation").is_empty());
    assert!(events(&a, "Meeting").is_empty());
}

#[test]
fn talks_to_come_with_no_sides_named_are_those_of_the_two_countries() {
    let a = run(
        "Malawi raised duties on Zambian maize on Monday. Zambia protested. The first round of \
         talks will be held in Lilongwe in November.",
        "2026-06-04",
    );
    let talks = events(&a, "Negotiation");
    assert_eq!(talks.len(), 1, "{talks:?}");
    let mut sides = talks[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["country/MWI", "country/ZMB"]);
    assert_eq!(talks[0].date.as_deref(), Some("2026-11"));
    // Talks told before are what "the talks" refer to, not new ones.
    let b = run(
        "Malawi and Zambia held talks in Lusaka on Monday. The talks will resume in November.",
        "2026-06-04",
    );
    let talks = events(&b, "Negotiation");
    assert_eq!(talks.len(), 1, "{talks:?}");
    assert_eq!(talks[0].date.as_deref(), Some("2026-06-01"));
}

#[test]
fn an_attack_by_no_one_named_has_its_target_but_nature_attacks_no_one() {
    let a = run(
        "A drone struck a Saudi border post near Jizan on Monday. A magnitude 6.1 earthquake \
         struck the Peruvian capital on Tuesday. Floods hit northern Kenya last week.",
        "2026-06-04",
    );
    let attacks = events(&a, "Attack");
    assert_eq!(attacks.len(), 1, "{:?}", a.events);
    assert!(attacks[0].agents.is_empty());
    assert_eq!(attacks[0].targets, ["country/SAU"]);
}

#[test]
fn an_act_told_by_a_speaker_is_done_by_whom_the_clause_names() {
    // The one named after "by" gives; the speaker is neither giver nor receiver.
    let a = run(
        "Benin's Interior Minister Alassane Seidou met Niger's envoy in Cotonou. Seidou said \
         the new patrols would be funded by Japan.",
        "2026-04-25",
    );
    let pledges = events(&a, "CooperationPledge");
    assert_eq!(pledges.len(), 1, "{:?}", a.events);
    assert_eq!(pledges[0].agents, ["country/JPN"]);
    assert!(
        !pledges[0]
            .targets
            .contains(&"person/alassane-seidou".to_string())
    );
    // ", which pledged ...": the relative clause's own subject pledges.
    let b = run(
        "Seidou said the scheme had the backing of Japan, which pledged $4 million to Benin \
         last month.",
        "2026-04-25",
    );
    let pledges = events(&b, "CooperationPledge");
    assert_eq!(pledges.len(), 1, "{:?}", b.events);
    assert_eq!(pledges[0].agents, ["country/JPN"]);
    assert_eq!(pledges[0].targets, ["country/BEN"]);
}

#[test]
fn an_act_named_as_the_cause_of_another_is_its_own_sides() {
    let a = run(
        "Chile imposed duties on Peruvian sugar in retaliation for Peru tariffs on Chilean \
         copper announced last week.",
        "2026-04-25",
    );
    let tariffs = events(&a, "Tariff");
    assert_eq!(tariffs.len(), 2, "{tariffs:?}");
    let sides: Vec<(&str, &str)> = tariffs
        .iter()
        .map(|e| (e.agents[0].as_str(), e.targets[0].as_str()))
        .collect();
    assert!(sides.contains(&("country/CHL", "country/PER")), "{sides:?}");
    assert!(sides.contains(&("country/PER", "country/CHL")), "{sides:?}");
}

#[test]
fn a_pronoun_in_the_object_case_is_no_subject() {
    let a = run(
        "Ghana's Foreign Minister Samuel Ablakwa summoned Togo's ambassador, Kodjo Adedze, \
         and handed him a letter demanding that Togo release the traders.",
        "2026-04-25",
    );
    let request = events(&a, "Request");
    assert_eq!(request.len(), 1, "{:?}", a.events);
    assert_eq!(request[0].agents, ["person/samuel-ablakwa"]);
}

#[test]
fn a_release_demanded_is_no_release_even_when_no_one_is_asked() {
    for text in [
        "ECOWAS demanded the immediate release of President Umaro Sissoco Embalo.",
        "The bloc's heads of state demanded the immediate release of Kofi Mensah.",
    ] {
        let a = run(text, "2026-04-25");
        assert!(events(&a, "Retreat").is_empty(), "{text}: {:?}", a.events);
    }
    // After "heads of state", "demanded" is still the verb.
    let a = run(
        "Ghana's head of state demanded the release of two fishermen held by Togo.",
        "2026-04-25",
    );
    assert_eq!(events(&a, "Request").len(), 1, "{:?}", a.events);
}

#[test]
fn calling_someone_a_name_in_quotes_is_no_call() {
    let a = run(
        "Milei called his Colombian counterpart Gustavo Petro \"a terrorist murderer\".",
        "2026-04-25",
    );
    assert!(events(&a, "PhoneCall").is_empty(), "{:?}", a.events);
}

#[test]
fn a_verb_after_a_relative_clause_and_and_has_the_first_verbs_subject() {
    let a = run(
        "Ghana's Foreign Minister Samuel Ablakwa met Togo's ambassador, who arrived on \
         Monday, and handed him a letter demanding that Togo release the traders.",
        "2026-04-25",
    );
    let request = events(&a, "Request");
    assert_eq!(request.len(), 1, "{:?}", a.events);
    assert_eq!(request[0].agents, ["person/samuel-ablakwa"]);
    assert_eq!(request[0].targets, ["country/TGO"]);
}

#[test]
fn an_act_told_as_the_manner_of_a_verb_of_its_class_is_one_act() {
    let a = run(
        "Nigeria's army said it killed a Boko Haram commander in an air strike in southern Niger.",
        "2026-06-04",
    );
    let attacks = events(&a, "Attack");
    assert_eq!(attacks.len(), 1, "{:?}", a.events);
    assert_eq!(attacks[0].agents, ["country/NGA"]);
}

#[test]
fn an_act_told_in_the_passive_with_no_doer_is_the_tellers() {
    for text in [
        "Zambia's foreign ministry said the Malawian fishermen would be freed on Friday.",
        "The Malawian fishermen will be freed on Friday, Zambia said.",
    ] {
        let a = run(text, "2026-06-04");
        let released = events(&a, "Retreat");
        assert_eq!(released.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(released[0].agents, ["country/ZMB"], "{text}");
    }
    // Done to the teller's own side: not the teller's act.
    let a = run(
        "Zambia said two of its citizens were detained in Malawi.",
        "2026-06-04",
    );
    assert!(
        a.events.iter().all(|e| e.agents != ["country/ZMB"]),
        "{:?}",
        a.events
    );
}

#[test]
fn talks_a_trip_is_for_are_held_with_the_hosts() {
    let a = run(
        "Kenyan Foreign Minister Amina Odhiambo flew to Accra on Monday for talks.",
        "2026-06-04",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1, "{:?}", a.events);
    let mut sides = meetings[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["country/GHA", "person/amina-odhiambo"]);
    // A port call is a ship's visit, no phone call.
    let b = run(
        "Two Kenyan navy ships docked at Tema for a port call on Monday.",
        "2026-06-04",
    );
    assert!(events(&b, "PhoneCall").is_empty(), "{:?}", b.events);
}

#[test]
fn the_time_of_the_one_before_a_first_does_not_date_it() {
    let a = run(
        "Lula visited Lima, the first trip by a Brazilian president since 2019.",
        "2026-06-04",
    );
    let visits = events(&a, "Visit");
    assert_eq!(visits.len(), 1, "{:?}", a.events);
    assert_ne!(visits[0].date.as_deref(), Some("2019"));
    // A state that began then keeps its start.
    let b = run(
        "Peru has imposed tariffs on Chilean wine since 2019.",
        "2026-06-04",
    );
    assert_eq!(
        events(&b, "Tariff")[0].date.as_deref(),
        Some("2019"),
        "{:?}",
        b.events
    );
}

#[test]
fn a_clause_of_time_with_its_own_subject_tells_an_act_of_its_own() {
    // Not what the talks were "to" do: the failure told after "when" is an act.
    let a = run(
        "The talks ended in October when Chile and Peru failed to agree on a fishing quota.",
        "2026-03-04",
    );
    let agreement = events(&a, "Agreement");
    assert_eq!(agreement.len(), 1, "{:?}", a.events);
    assert_eq!(agreement[0].status, crate::annotation::Status::NotOccurred);
    // "refused ... since Russia's invasion": the invasion is told, not refused.
    let b = run(
        "Serbia has refused to join the sanctions since Russia's invasion of Ukraine in 2022.",
        "2026-03-04",
    );
    assert_eq!(events(&b, "Attack").len(), 1, "{:?}", b.events);
}

#[test]
fn a_habit_is_no_event() {
    let a = run(
        "Leaders of the bloc met every year until 2014. Peru has often accused Chile of \
         spying. Bolivia used to send aid to Paraguay.",
        "2026-04-25",
    );
    assert!(a.events.is_empty(), "{:?}", a.events);
    // One act told with a time is one.
    let b = run("Peru accused Chile of spying on Monday.", "2026-04-25");
    assert_eq!(events(&b, "Accusation").len(), 1);
}
