//! Tests of role filling: titled people with their country, coordination, descriptions.

use crate::annotation::{Annotation, Event};
use crate::extract::tests::events;

fn run(text: &str) -> Annotation {
    crate::extract::tests::run(text, "2026-02-11")
}

fn affiliation(a: &Annotation, key: &str) -> Option<String> {
    a.entities
        .iter()
        .find(|e| e.key == key)
        .and_then(|e| e.affiliation.clone())
}

#[test]
fn titled_people_of_two_countries_both_take_part() {
    let a = run(
        "President Ana Lopes of Portugal and Prime Minister Pedro Costa of Spain held talks in \
         Lisbon on Monday.",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1);
    for key in ["person/ana-lopes", "person/pedro-costa"] {
        assert!(meetings[0].participants.iter().any(|p| p == key), "{key}");
    }
    assert_eq!(
        affiliation(&a, "person/ana-lopes").as_deref(),
        Some("country/PRT")
    );
    assert_eq!(
        affiliation(&a, "person/pedro-costa").as_deref(),
        Some("country/ESP")
    );
    // The same pair as objects, each behind a title.
    let b = run(
        "Chile's foreign minister met President Ana Lopes of Portugal and Prime Minister Pedro \
         Costa of Spain in Lisbon on Monday.",
    );
    let met = events(&b, "Meeting");
    assert_eq!(met.len(), 1);
    assert!(
        met[0]
            .participants
            .iter()
            .any(|p| p == "person/pedro-costa")
    );
}

#[test]
fn a_possessive_country_before_a_title_with_of_names_the_person_as_agent() {
    let a = run(
        "Peru's Minister of Foreign Affairs Elmer Schialer urged Chile to release the fishermen.",
    );
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].agents,
        vec!["person/elmer-schialer".to_string()]
    );
    assert_eq!(requests[0].targets, vec!["country/CHL".to_string()]);
    // A title governed by a preposition still keeps its person out of the subject.
    let b = run("Chile protested to the Minister of Foreign Affairs Elmer Schialer on Monday.");
    assert!(
        b.events
            .iter()
            .all(|e| !e.agents.iter().any(|x| x == "person/elmer-schialer"))
    );
}

#[test]
fn a_company_described_after_a_demonym_is_the_target() {
    let a = run(
        "The European Union lifted sanctions on the Syrian airline operator Cham Wings on Tuesday.",
    );
    let eased = events(&a, "Concession");
    assert_eq!(eased.len(), 1);
    assert_eq!(eased[0].targets, vec!["org/cham-wings".to_string()]);
}

#[test]
fn a_possessive_inside_the_trigger_gives_way_to_the_object_after_it() {
    let a = run(
        "Prime Minister Mark Carney expressed Canada's full solidarity with Denmark on Monday.",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].targets, vec!["country/DNK".to_string()]);
    // With nothing after it, the possessive is the object.
    let b = run("The European Union froze Russia's assets on Monday.");
    let frozen = events(&b, "Sanction");
    assert_eq!(frozen.len(), 1);
    assert_eq!(frozen[0].targets, vec!["country/RUS".to_string()]);
}

#[test]
fn the_verb_after_a_relative_clause_in_commas_has_the_noun_before_it_as_subject() {
    let a = run(
        "Russia, which has not held talks since 2019, deployed troops to the border on Monday.",
    );
    let moves = events(&a, "Mobilization");
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0].agents, vec!["country/RUS".to_string()]);
    let b =
        run("North Korea, which is isolated, fired two ballistic missiles into the sea on Monday.");
    let tests = events(&b, "Mobilization");
    assert_eq!(tests.len(), 1);
    assert_eq!(tests[0].agents, vec!["country/PRK".to_string()]);
}

#[test]
fn military_operations_and_missile_tests_are_mobilizations_firing_at_a_side_an_attack() {
    let a =
        run("Nigeria's army launched a military operation against Boko Haram in Borno on Sunday.");
    assert_eq!(events(&a, "Mobilization").len(), 1);
    assert!(events(&a, "Attack").is_empty());
    let b = run("Iran fired ballistic missiles at Israel on Wednesday.");
    assert_eq!(events(&b, "Attack").len(), 1);
    assert!(events(&b, "Mobilization").is_empty());
}

#[test]
fn a_speaker_telling_what_the_body_they_serve_did_is_its_agent() {
    let a = run(
        "NATO Secretary General Mark Rutte said the alliance stood in full solidarity with Norway.",
    );
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].agents, ["person/mark-rutte"]);
    assert_eq!(support[0].targets, ["country/NOR"]);
}

#[test]
fn cooperation_a_speaker_says_their_side_would_give_is_a_pledge_to_the_other() {
    let a = run(
        "Interior Minister Hana Novak said the Czech Republic would cooperate with Slovakia on \
         the investigation.",
    );
    let pledge = events(&a, "CooperationPledge");
    assert_eq!(pledge.len(), 1);
    assert_eq!(pledge[0].agents, ["person/hana-novak"]);
    assert_eq!(pledge[0].targets, ["country/SVK"]);
    assert!(pledge[0].participants.is_empty());
    assert!(events(&a, "Cooperation").is_empty());
}

#[test]
fn the_flag_state_of_a_ship_is_the_side_acted_on() {
    let a = run("Venezuela seized a Liberian-flagged tanker on Friday.");
    let coercion = events(&a, "Coercion");
    assert_eq!(coercion.len(), 1);
    assert_eq!(coercion[0].targets, ["country/LBR"]);
    // Rebels a side backs are not that side.
    let b = run("Colombia attacked Venezuelan-backed rebels on Friday.");
    for attack in events(&b, "Attack") {
        assert!(!attack.targets.contains(&"country/VEN".to_string()));
    }
}

#[test]
fn the_one_granted_a_loan_receives_it_and_aid_pledged_is_one_pledge() {
    let a = run("Denmark granted Moldova a loan on Wednesday.");
    let aid = events(&a, "Aid");
    assert_eq!(aid.len(), 1);
    assert_eq!(aid[0].agents, ["country/DNK"]);
    assert_eq!(aid[0].targets, ["country/MDA"]);
    let b = run("Austria pledged 40 million euros in humanitarian aid to Chad on Monday.");
    assert!(events(&b, "Aid").is_empty());
    let pledge = events(&b, "CooperationPledge");
    assert_eq!(pledge.len(), 1);
    assert_eq!(pledge[0].agents, ["country/AUT"]);
    assert_eq!(pledge[0].targets, ["country/TCD"]);
}

/// The participants of a symmetric event, sorted.
fn sorted_participants(e: &Event) -> Vec<String> {
    let mut sides = e.participants.clone();
    sides.sort();
    sides
}

/// (agents, targets) of every event of `class`, sorted.
fn directed_pairs(a: &Annotation, class: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = events(a, class)
        .iter()
        .map(|e| (e.agents.join(","), e.targets.join(",")))
        .collect();
    pairs.sort();
    pairs
}

/// Kyrgyzstan's act on Tajikistan and Tajikistan's on Kyrgyzstan.
fn both_ways_between_kyrgyzstan_and_tajikistan() -> [(String, String); 2] {
    [
        ("country/KGZ".to_string(), "country/TJK".to_string()),
        ("country/TJK".to_string(), "country/KGZ".to_string()),
    ]
}

#[test]
fn two_sides_exchanging_fire_each_attack_the_other() {
    let a = run("Kyrgyzstan and Tajikistan exchanged fire at the border on Monday.");
    assert_eq!(
        directed_pairs(&a, "Attack"),
        both_ways_between_kyrgyzstan_and_tajikistan()
    );
}

#[test]
fn a_signed_deal_brokered_by_a_third_side_is_one_agreement_of_the_signatories() {
    let a =
        run("Kyrgyzstan and Tajikistan signed a border deal in Astana, brokered by Kazakhstan.");
    let agreements = events(&a, "Agreement");
    assert_eq!(agreements.len(), 1);
    assert_eq!(
        sorted_participants(agreements[0]),
        ["country/KGZ", "country/TJK"]
    );
}

#[test]
fn acts_on_each_other_or_traded_go_both_ways() {
    for text in [
        "Kyrgyzstan and Tajikistan accused each other of breaking the truce.",
        "Kyrgyzstan and Tajikistan traded sharp accusations on Monday.",
        "Kyrgyzstan and Tajikistan blamed one another for the shooting.",
    ] {
        let a = run(text);
        assert_eq!(
            directed_pairs(&a, "Accusation"),
            both_ways_between_kyrgyzstan_and_tajikistan(),
            "{text}"
        );
    }
}

#[test]
fn a_state_act_in_the_passive_is_the_act_of_the_state_where_it_happened() {
    let a = run("Belgian citizen Marc Dupont was arrested in Caracas on Monday.");
    let arrest = events(&a, "Arrest");
    assert_eq!(arrest.len(), 1);
    assert_eq!(arrest[0].agents, ["country/VEN"]);
    // The person named after "Belgian citizen" is the one arrested, and Belgium's.
    assert_eq!(arrest[0].targets, ["person/marc-dupont"]);
    assert_eq!(
        affiliation(&a, "person/marc-dupont").as_deref(),
        Some("country/BEL")
    );
    let b = run("The Peruvian ambassador was summoned to the foreign ministry in Santiago.");
    let summons = events(&b, "Accusation");
    assert_eq!(summons.len(), 1);
    assert_eq!(summons[0].agents, ["country/CHL"]);
    // A country named as where it happened.
    let c = run("Two Chilean fishermen were detained in Argentina last week.");
    assert_eq!(events(&c, "Arrest")[0].agents, ["country/ARG"]);
}

#[test]
fn a_detention_told_in_a_reduced_relative_is_the_act_of_the_state_where_it_happened() {
    for text in [
        "Two Chilean fishermen detained in Lima last week were released on Monday.",
        "Peru freed two Chilean fishermen detained in Lima last week.",
    ] {
        let a = run(text);
        let arrest = events(&a, "Arrest");
        assert_eq!(arrest.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(arrest[0].agents, ["country/PER"], "{text}");
        assert_eq!(arrest[0].targets, ["group/two-chilean-fishermen"], "{text}");
    }
    // The main verb's own object is no reduced relative.
    let b = run("Peruvian police detained two Chilean fishermen in Lima on Monday.");
    assert_eq!(events(&b, "Arrest").len(), 1);
}

#[test]
fn a_release_is_kept_with_no_one_named_as_releasing() {
    let a = run("Dutch lawyer Anna Smit was released from custody on Wednesday.");
    let release = events(&a, "Retreat");
    assert_eq!(release.len(), 1);
    assert!(release[0].agents.is_empty());
    assert_eq!(release[0].targets, ["person/anna-smit"]);
    // Released in a capital: by that state.
    let b = run("Dutch lawyer Anna Smit was released in Minsk on Wednesday.");
    assert_eq!(events(&b, "Retreat")[0].agents, ["country/BLR"]);
    // A statement released is no release.
    let c = run("The Dutch embassy released a statement on Wednesday.");
    assert!(events(&c, "Retreat").is_empty());
}

#[test]
fn the_people_counted_protest_and_what_they_protest_against_is_the_target() {
    let a = run("Hundreds of Ghanaians marched through Accra on Sunday to protest against Togo.");
    let protest = events(&a, "Protest");
    assert_eq!(protest.len(), 1);
    assert_eq!(protest[0].agents, ["country/GHA"]);
    assert_eq!(protest[0].targets, ["country/TGO"]);
}

#[test]
fn a_crowd_of_no_named_nationality_protests_for_the_country_it_is_in() {
    let a = run("Thousands of protesters rallied outside the French embassy in Dakar on Friday.");
    let protest = events(&a, "Protest");
    assert_eq!(protest.len(), 1);
    assert_eq!(protest[0].agents, ["country/SEN"]);
    assert_eq!(protest[0].targets, ["country/FRA"]);
    // Migrants are not the country's people.
    let b = run("About 200 migrants marched through Dakar on Friday against the deportations.");
    let protest = events(&b, "Protest");
    assert_eq!(protest.len(), 1);
    assert!(protest[0].agents.is_empty());
}

#[test]
fn an_institution_in_a_country_acts_for_it() {
    let a = run("Police in Norway charged a Swedish man with espionage on Monday.");
    let charge = events(&a, "Accusation");
    assert_eq!(charge.len(), 1);
    assert_eq!(charge[0].agents, ["country/NOR"]);
    assert_eq!(charge[0].targets, ["country/SWE"]);
}

#[test]
fn troops_withdrawn_from_a_country_are_the_withdrawing_side_s() {
    let a = run("Belgium withdrew its troops from Mali on Monday.");
    let retreat = events(&a, "Retreat");
    assert_eq!(retreat.len(), 1);
    assert_eq!(retreat[0].agents, ["country/BEL"]);
    assert_eq!(retreat[0].targets, ["country/MLI"]);
    assert!(a.entities.iter().all(|e| !e.key.starts_with("group/")));
}

#[test]
fn the_agent_after_by_is_the_titled_person_not_their_country() {
    let a =
        run("Two Chilean fishermen were detained by Peru's navy commander Luis Varela on Monday.");
    let arrests = events(&a, "Arrest");
    assert_eq!(arrests.len(), 1);
    assert_eq!(arrests[0].agents, vec!["person/luis-varela".to_string()]);
    let b = run(
        "A memorandum on energy was signed by Kenya's trade minister Joan Otieno and her \
         Peruvian counterpart Luis Varela on Monday.",
    );
    let deals = events(&b, "Agreement");
    assert_eq!(deals.len(), 1);
    assert!(
        deals[0]
            .participants
            .iter()
            .any(|p| p == "person/joan-otieno")
    );
    assert!(!deals[0].participants.iter().any(|p| p == "country/KEN"));
}

#[test]
fn a_name_before_a_comma_opening_the_sentence_is_no_subject() {
    let a = run("Unlike Canada, Chile has signed a defence agreement with Peru.");
    let deals = events(&a, "Agreement");
    assert_eq!(deals.len(), 1);
    assert_eq!(
        sorted_participants(deals[0]),
        vec!["country/CHL", "country/PER"]
    );
    let b = run("Besides Canada, Chile also imposed tariffs on Peru.");
    let tariffs = events(&b, "Tariff");
    assert_eq!(tariffs.len(), 1);
    assert_eq!(tariffs[0].agents, vec!["country/CHL".to_string()]);
    // A list still closes with "and".
    let c = run("Canada, Chile and Peru imposed tariffs on Bolivia.");
    assert_eq!(events(&c, "Tariff")[0].agents.len(), 3);
}

#[test]
fn it_as_a_subject_refers_to_a_subject_not_to_a_name_after_a_preposition() {
    let a = run(
        "The UN Security Council has never extended the measure to Sudan, and it has not \
         sanctioned Chad.",
    );
    let sanctions = events(&a, "Sanction");
    assert_eq!(sanctions.len(), 1);
    assert_eq!(
        sanctions[0].agents,
        vec!["org/united-nations-security-council".to_string()]
    );
}

#[test]
fn people_of_two_countries_are_the_two_sides() {
    let a = run("The foreign ministers of Kenya and Uganda met in Kampala on Tuesday.");
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1);
    assert_eq!(
        sorted_participants(meetings[0]),
        vec!["country/KEN", "country/UGA"]
    );
    let b = run("Chad expelled officials of Kenya and Uganda.");
    let mut targets = events(&b, "Expulsion")[0].targets.clone();
    targets.sort();
    assert_eq!(targets, vec!["country/KEN", "country/UGA"]);
}

#[test]
fn a_name_after_a_post_at_a_body_is_the_titled_person() {
    let a = run("Kenya's envoy to the UN, Ana Paz, welcomed the decision by Uganda.");
    let support = events(&a, "Support");
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].agents, vec!["person/ana-paz".to_string()]);
    assert_eq!(
        affiliation(&a, "person/ana-paz").as_deref(),
        Some("country/KEN")
    );
}

#[test]
fn a_rebuke_drawn_from_a_side_is_that_sides_accusation_of_the_subject() {
    let a = run("Finland dropped the pipeline plan on Tuesday, drawing a rebuke from Tallinn.");
    let blame = events(&a, "Accusation");
    assert_eq!(blame.len(), 1, "{:?}", a.events);
    assert_eq!(blame[0].agents, ["country/EST"]);
    assert_eq!(blame[0].targets, ["country/FIN"]);
}

#[test]
fn a_courtesy_call_on_a_host_is_a_meeting() {
    let a = run(
        "Chile's foreign minister Ana Soto paid a courtesy call on Peruvian President Luis \
         Ramos in Lima.",
    );
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1, "{:?}", a.events);
    assert!(events(&a, "Request").is_empty());
}

#[test]
fn a_governments_protest_is_an_accusation_and_a_crowds_stays_a_protest() {
    let a = run("Japan protested to China over the incident on Monday.");
    assert_eq!(events(&a, "Accusation").len(), 1, "{:?}", a.events);
    assert!(events(&a, "Protest").is_empty());
    let b = run("Hundreds of Ghanaians protested outside the Togolese embassy in Accra.");
    assert_eq!(events(&b, "Protest").len(), 1, "{:?}", b.events);
    assert!(events(&b, "Accusation").is_empty());
}

#[test]
fn a_participle_after_an_object_tells_what_was_said_of_it_by_no_one_named() {
    let a = run("In May Niger expelled two Belgian diplomats accused of spying.");
    assert_eq!(events(&a, "Expulsion").len(), 1);
    // The diplomats accuse no one.
    assert!(
        events(&a, "Accusation")
            .iter()
            .all(|e| e.agents.iter().all(|x| !x.starts_with("group/"))),
        "{:?}",
        a.events
    );
}

#[test]
fn a_participle_after_a_noun_or_its_comma_is_no_act_of_that_noun() {
    // The head noun stands between the mention and the participle.
    let a = run("Kenya deported a Chinese businessman charged with fraud.");
    assert_eq!(events(&a, "Coercion").len(), 1, "{:?}", a.events);
    assert!(events(&a, "Accusation").is_empty(), "{:?}", a.events);
    // A comma opens the participle clause; the accused is not the accuser.
    let b = run("The Peruvian minister, accused of corruption by Chile, resigned.");
    assert!(
        events(&b, "Accusation")
            .iter()
            .all(|e| !e.agents.contains(&"country/PER".to_string())),
        "{:?}",
        b.events
    );
    // "accused of" at the head of a headline is passive too.
    let c = run("Moldovan official accused of spying for Russia.");
    assert!(
        events(&c, "Accusation")
            .iter()
            .all(|e| !e.agents.contains(&"country/MDA".to_string())),
        "{:?}",
        c.events
    );
    // The active verb keeps its subject.
    let d = run("Russia accused Ukraine of shelling the plant.");
    assert_eq!(events(&d, "Accusation")[0].agents, ["country/RUS"]);
}

#[test]
fn a_country_hosting_refugees_meets_no_one() {
    let a = run("Uganda hosts more than 1.5 million South Sudanese refugees.");
    assert!(events(&a, "Meeting").is_empty(), "{:?}", a.events);
    let b = run("Uganda hosted Kenyan President William Ruto in Kampala on Monday.");
    assert_eq!(events(&b, "Meeting").len(), 1, "{:?}", b.events);
}

#[test]
fn who_after_a_long_apposition_is_the_person_it_describes() {
    let a = run(
        "Among them is Tomas Reyes, a former minister of the Chilean exiles' provisional \
         council, who was detained by Peruvian police in May 2024.",
    );
    let arrest = events(&a, "Arrest");
    assert_eq!(arrest.len(), 1, "{:?}", a.events);
    assert_eq!(arrest[0].targets, ["person/tomas-reyes"]);
}

#[test]
fn troops_pulled_out_of_a_country_are_a_withdrawal_from_it() {
    let a = run("Kenya on Monday pulled its troops out of Somalia.");
    let retreat = events(&a, "Retreat");
    assert_eq!(retreat.len(), 1, "{:?}", a.events);
    assert_eq!(retreat[0].agents, ["country/KEN"]);
    assert_eq!(retreat[0].targets, ["country/SOM"]);
}

#[test]
fn a_countrys_waters_named_by_an_official_put_it_on_no_side() {
    let a = run(
        "The Philippines protested on Monday after Chinese ships fired water cannon at its \
         boat. Spokesperson Lin Wei said the boat had intruded into Chinese waters and urged \
         Manila to stop provocations.",
    );
    assert_eq!(
        affiliation(&a, "person/lin-wei").as_deref(),
        Some("country/CHN")
    );
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].agents, ["person/lin-wei"]);
    assert_eq!(requests[0].targets, ["country/PHL"]);
}

#[test]
fn a_rejection_answers_the_other_main_side_before_a_third() {
    let a = run(
        "Vietnam lodged a protest with China on Monday after Chinese ships rammed a Vietnamese \
         boat. France condemned China's actions. Beijing rejected the protest.",
    );
    let rejections = events(&a, "Rejection");
    assert_eq!(rejections.len(), 1);
    assert_eq!(rejections[0].agents, ["country/CHN"]);
    assert_eq!(rejections[0].targets, ["country/VNM"]);
}

#[test]
fn a_call_received_from_someone_is_a_call_of_both() {
    let a = run(
        "President Ana Lopes of Portugal received a phone call from Prime Minister Pedro \
         Costa of Spain on Tuesday.",
    );
    let calls = events(&a, "PhoneCall");
    assert_eq!(calls.len(), 1);
    assert_eq!(
        sorted_participants(calls[0]),
        ["person/ana-lopes", "person/pedro-costa"]
    );
    assert!(events(&a, "Meeting").is_empty());
}

#[test]
fn the_subject_acting_at_a_gathering_takes_part_in_it() {
    let a = run("Portugal raised the issue at a meeting with Spain on Monday.");
    let meetings = events(&a, "Meeting");
    assert_eq!(meetings.len(), 1);
    assert_eq!(
        sorted_participants(meetings[0]),
        ["country/ESP", "country/PRT"]
    );
    // An apposition named on the way is no subject.
    let b = run(
        "Minister Ana Lopes raised the matter with Spain's envoy, Pedro Costa, at a meeting \
         in Lisbon on Monday.",
    );
    let meetings = events(&b, "Meeting");
    assert_eq!(meetings.len(), 1);
    assert!(
        meetings[0]
            .participants
            .iter()
            .any(|p| p == "person/ana-lopes")
    );
}

#[test]
fn ending_an_agreement_with_a_side_sanctions_that_side() {
    for text in [
        "Algeria responded by suspending its friendship treaty with Spain in June.",
        "Algeria scrapped the gas pact with Spain on Saturday.",
    ] {
        let a = run(text);
        let cut = events(&a, "Sanction");
        assert_eq!(cut.len(), 1, "{text}");
        assert_eq!(cut[0].agents, ["country/DZA"], "{text}");
        assert_eq!(cut[0].targets, ["country/ESP"], "{text}");
        assert!(events(&a, "Agreement").is_empty(), "{text}");
    }
    // Talks that "ended without agreement" end nothing.
    let b = run("Talks between Algeria and Spain ended without agreement on gas prices.");
    assert!(events(&b, "Sanction").is_empty());
}

#[test]
fn an_agreement_to_buy_from_a_side_is_made_with_the_seller() {
    let a = run("Vietnam signed a contract on Tuesday to buy 60 howitzers from Hanwha Aerospace.");
    let deal = events(&a, "Agreement");
    assert_eq!(deal.len(), 1);
    assert_eq!(
        deal[0].participants,
        ["country/VNM", "org/hanwha-aerospace"]
    );
    let b = run("Chile agreed in 2022 to buy frigates from Spain in a $300 million deal.");
    assert_eq!(
        events(&b, "Agreement")[0].participants,
        ["country/CHL", "country/ESP"]
    );
    // Bought from outside the clause: no seller.
    let c = run("Chile signed a defence deal with Peru, and bought frigates from Spain.");
    assert!(
        events(&c, "Agreement")
            .iter()
            .all(|d| !d.participants.iter().any(|p| p == "country/ESP"))
    );
}

#[test]
fn a_company_described_after_a_countrys_possessive_is_the_side() {
    let a = run("Ghana signed a memorandum with Russia's state nuclear company Rosatom.");
    let deal = events(&a, "Agreement");
    assert_eq!(deal.len(), 1);
    assert!(deal[0].participants.iter().any(|p| p == "org/rosatom"));
    assert!(!deal[0].participants.iter().any(|p| p == "country/RUS"));
}

#[test]
fn the_verb_after_a_whose_clause_has_the_noun_before_it_as_subject() {
    let a = run("Ghana, whose president visited Togo in March, expelled two Nigerian diplomats.");
    let expulsion = events(&a, "Expulsion");
    assert_eq!(expulsion.len(), 1);
    assert_eq!(expulsion[0].agents, ["country/GHA"]);
}

#[test]
fn an_official_named_by_title_and_country_is_received_as_a_person() {
    for text in [
        "Japan's prime minister received the Vietnamese president in Tokyo.",
        "Japan's prime minister received Vietnam's president in Tokyo.",
    ] {
        let a = run(text);
        let meeting = events(&a, "Meeting");
        assert_eq!(meeting.len(), 1, "{text}");
        let mut sides = meeting[0].participants.clone();
        sides.sort();
        assert_eq!(sides, ["country/JPN", "country/VNM"], "{text}");
    }
    // A country with no title after it is received as aid is, not as a guest.
    let b = run("Japan received support from Vietnam on Monday.");
    assert!(events(&b, "Meeting").is_empty());
}

#[test]
fn who_claims_an_act_did_it_and_who_names_it_a_violation_did_not() {
    let a = run("The Houthis claimed responsibility for an attack on a Greek tanker.");
    let attack = events(&a, "Attack");
    assert_eq!(attack.len(), 1, "{:?}", a.events);
    assert_eq!(attack[0].agents, ["org/houthis"]);
    let b = run(
        "Ecuadorean soldiers crossed into Colombia on Monday. Colombian President Gustavo \
         Petro called the incursion a violation of sovereignty.",
    );
    assert!(
        events(&b, "Attack")
            .iter()
            .all(|e| !e.agents.contains(&"person/gustavo-petro".to_string())),
        "{:?}",
        b.events
    );
}

#[test]
fn the_board_of_a_body_acts_for_it_but_an_apposition_describes_the_name() {
    let a = run("The board of the International Atomic Energy Agency on Thursday censured Iran.");
    let censure = events(&a, "Accusation");
    assert_eq!(censure.len(), 1, "{:?}", a.events);
    assert_eq!(
        censure[0].agents,
        ["org/international-atomic-energy-agency"]
    );
    let b = run(
        "Amina Diallo, chairperson of the African Union Commission, urged Chad to show restraint.",
    );
    assert_eq!(events(&b, "Request")[0].agents, ["person/amina-diallo"]);
}

#[test]
fn a_verb_after_a_place_and_and_shares_the_first_subject() {
    let a = run(
        "Iraq's foreign ministry summoned Iranian Ambassador Reza Karimi to its headquarters \
         in Baghdad and handed him a protest note.",
    );
    for e in &a.events {
        assert!(
            !e.agents.contains(&"person/reza-karimi".to_string()),
            "the ambassador protests nothing: {:?}",
            a.events
        );
    }
}

#[test]
fn a_person_behind_a_country_and_title_after_a_preposition_is_no_subject() {
    // The participle's asker is the one who wrote, not the addressee behind "to".
    let a = run(
        "Kenya condemned the duties on Monday. Trade Minister Amina Odhiambo wrote to Ugandan \
         President Joseph Kato on Tuesday asking for urgent talks.",
    );
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].agents, ["person/amina-odhiambo"]);
    // The adviser named before the apposition speaks, not the president he advises.
    let b = run(
        "Tomas Lind, a senior adviser to Swedish Prime Minister Karin Berg, spoke by phone with \
         President Joseph Kato of Uganda on Friday.",
    );
    let calls = events(&b, "PhoneCall");
    assert_eq!(calls.len(), 1);
    assert!(
        calls[0]
            .participants
            .iter()
            .any(|p| p == "person/tomas-lind")
    );
    assert!(
        !calls[0]
            .participants
            .iter()
            .any(|p| p == "person/karin-berg")
    );
}

#[test]
fn a_participle_request_is_aimed_at_the_one_its_clause_addressed() {
    // A name after "wrote to" is a person addressed, not a place; the request told by the
    // participle is aimed at them, and the writer is not of the addressee's country.
    let a = run(
        "Kenya condemned the duties on Monday. Trade Minister Amina Odhiambo wrote to Tomas \
         Lindqvist on Tuesday asking for urgent talks.",
    );
    let requests = events(&a, "Request");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].agents, ["person/amina-odhiambo"]);
    assert_eq!(requests[0].targets, ["person/tomas-lindqvist"]);
    let b = run(
        "Kenya condemned the duties on Monday. Trade Minister Amina Odhiambo wrote to Swedish \
         Trade Minister Tomas Lindqvist on Tuesday asking for urgent talks.",
    );
    let requests = events(&b, "Request");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].targets, ["person/tomas-lindqvist"]);
    assert_eq!(
        affiliation(&b, "person/amina-odhiambo").as_deref(),
        Some("country/KEN")
    );
}

#[test]
fn whose_acts_a_verb_takes_is_its_object() {
    // The story's two countries are others: the object comes from the phrase, not a guess.
    for (text, target) in [
        (
            "Peru and Chile are close partners. Foreign Minister Rosa Vidal of Peru condemned the \
             reckless actions of the Bolivian navy on Monday.",
            "country/BOL",
        ),
        (
            "Peru and Chile are close partners. Peru strongly criticised the \"unfriendly and \
             unlawful\" conduct of Ecuador.",
            "country/ECU",
        ),
    ] {
        let a = run(text);
        let accusations = events(&a, "Accusation");
        assert_eq!(accusations.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(accusations[0].targets, [target], "{text}");
    }
    // "accused of" with no noun phrase before the "of" has no object there.
    let b = run(
        "Peru and Chile are close partners. A Peruvian diplomat was accused of spying for Bolivia.",
    );
    assert!(
        events(&b, "Accusation")
            .iter()
            .all(|e| e.targets.iter().all(|t| t != "country/BOL")),
        "{:?}",
        b.events
    );
}

#[test]
fn a_spokesman_telling_of_an_act_is_not_its_object() {
    let a = run(
        "The Philippines protested on Monday. One Chinese vessel used its water cannon for ten \
         minutes, coast guard spokesman Jay Ramos told reporters.",
    );
    let attacks = events(&a, "Attack");
    assert_eq!(attacks.len(), 1, "{:?}", a.events);
    assert_eq!(attacks[0].agents, ["country/CHN"]);
    assert_eq!(attacks[0].targets, ["country/PHL"]);
}

#[test]
fn an_object_relative_clause_acts_on_the_noun_before_it() {
    let a = run("Mali expelled the envoy of France, which it accused of siding with Algiers.");
    let accusations = events(&a, "Accusation");
    assert_eq!(accusations.len(), 1, "{:?}", a.events);
    assert_eq!(accusations[0].agents, ["country/MLI"]);
    assert_eq!(accusations[0].targets, ["country/FRA"]);
    // A relative clause of the subject ("which accused") keeps the clause's own object.
    let b = run("Peru recalled its envoy from Ecuador, which accused Chile of hiding a fugitive.");
    let accusations = events(&b, "Accusation");
    assert!(
        accusations.iter().all(|e| e.targets != ["country/ECU"]),
        "{:?}",
        b.events
    );
}

#[test]
fn an_apposition_does_not_hide_the_side_a_person_acts_on() {
    let a =
        run("Jorge Ruiz, the leader of the rebel movement, accused Colombia of bombing villages.");
    // The country accused is no affiliation of the accuser, whose own is not stated.
    assert_eq!(affiliation(&a, "person/jorge-ruiz"), None);
    let accusations = events(&a, "Accusation");
    assert_eq!(accusations.len(), 1, "{:?}", a.events);
    assert_eq!(accusations[0].targets, ["country/COL"]);
}

#[test]
fn a_unit_acting_for_bodies_after_by_names_them_as_agents() {
    let a = run(
        "Eleven Malian herders were arrested on Sunday by a joint team of the Senegalese \
         gendarmerie and the Senegalese army patrolling the border.",
    );
    let arrests = events(&a, "Arrest");
    assert_eq!(arrests.len(), 1, "{arrests:?}");
    assert_eq!(arrests[0].agents, vec!["country/SEN".to_string()]);
    assert_eq!(
        arrests[0].targets,
        vec!["group/eleven-malian-herders".to_string()]
    );
}
