//! Behaviour tests of trigger phrasings from the word lists (`events.toml`): one sentence
//! per phrasing, the class and sides it must give.

use crate::extract::tests::run;

/// The (class, agents, targets) of every event of `text`.
pub(super) fn acts(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    run(text, "2026-03-04")
        .events
        .into_iter()
        .map(|e| (e.class, e.agents, e.targets))
        .collect()
}

fn one(class: &str, agent: &str, target: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    vec![(
        class.to_string(),
        vec![agent.to_string()],
        vec![target.to_string()],
    )]
}

#[test]
fn voicing_or_reiterating_support_backs_the_side_named() {
    assert_eq!(
        acts("Spain voiced support for Morocco's autonomy plan."),
        one("Support", "country/ESP", "country/MAR")
    );
    assert_eq!(
        acts("Kenya reiterated its support for Somalia's territorial integrity."),
        one("Support", "country/KEN", "country/SOM")
    );
}

#[test]
fn seeking_help_or_assistance_asks_the_side_named() {
    assert_eq!(
        acts("The Philippines sought Japan's help in patrolling the sea."),
        one("Request", "country/PHL", "country/JPN")
    );
    assert_eq!(
        acts("Chad sought assistance from France to fight the rebels."),
        one("Request", "country/TCD", "country/FRA")
    );
}

#[test]
fn an_act_done_at_the_request_of_a_side_is_that_sides_request() {
    let found = acts("Rwanda sent police officers to Mozambique at the request of Maputo.");
    assert!(
        found.contains(&(
            "Request".to_string(),
            vec!["country/MOZ".to_string()],
            vec!["country/RWA".to_string()]
        )),
        "{found:?}"
    );
    let found = acts("Senegal deployed troops at the behest of the African Union.");
    assert!(
        found
            .iter()
            .any(|(class, agents, targets)| class == "Request"
                && agents == &["org/african-union"]
                && targets == &["country/SEN"]),
        "{found:?}"
    );
}

#[test]
fn forces_leaving_a_country_withdraw_from_it() {
    // Soldiers of a country are a group of it; troops stand for its forces.
    assert_eq!(
        acts("The last Belgian soldiers left Mali on Thursday."),
        one("Retreat", "group/belgian-soldiers", "country/MLI")
    );
    assert_eq!(
        acts("Belgian troops have left Mali."),
        one("Retreat", "country/BEL", "country/MLI")
    );
    // Left behind, left for: no withdrawal.
    assert!(
        !acts("Belgian troops left behind trucks in Mali.")
            .iter()
            .any(|(class, _, _)| class == "Retreat")
    );
    // A minister who left a country does not withdraw.
    assert!(acts("Belgium's foreign minister left Mali on Thursday.").is_empty());
}

#[test]
fn a_state_leaving_a_body_withdraws_from_it() {
    assert_eq!(
        acts("Chad left the African Union in March."),
        one("Retreat", "country/TCD", "org/african-union")
    );
    // A gathering of the body left is no withdrawal from it.
    assert!(
        !acts("Chad's president left the African Union summit early.")
            .iter()
            .any(|(class, _, _)| class == "Retreat")
    );
}

#[test]
fn an_option_not_ruled_out_is_no_rejection_nor_event() {
    assert_eq!(
        acts("Peru ruled out talks with Bolivia."),
        one("Rejection", "country/PER", "country/BOL")
    );
    assert!(acts("Peru has not ruled out talks with Bolivia.").is_empty());
    assert!(acts("Peru did not rule out sanctions on Bolivia.").is_empty());
}

#[test]
fn sides_named_inside_a_joint_act_take_part_in_it() {
    let found = run(
        "The joint Thai-Malaysian border patrols resumed on Monday.",
        "2026-03-04",
    )
    .events;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].class, "Cooperation");
    let mut sides = found[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["country/MYS", "country/THA"]);
    // One side named: no one to cooperate with.
    assert!(
        run("The joint Thai patrols resumed on Monday.", "2026-03-04")
            .events
            .is_empty()
    );
}

#[test]
fn expelling_each_others_diplomats_is_an_expulsion_each_way() {
    let mut found = acts("Peru and Mexico expelled each other's ambassadors.");
    found.sort();
    assert_eq!(
        found,
        [
            (
                "Expulsion".to_string(),
                vec!["country/MEX".to_string()],
                vec!["country/PER".to_string()]
            ),
            (
                "Expulsion".to_string(),
                vec!["country/PER".to_string()],
                vec!["country/MEX".to_string()]
            ),
        ]
    );
}

#[test]
fn a_crowd_blocking_a_road_protests_and_water_cannon_attacks() {
    let protest = acts("Kazakh farmers blocked a highway near Shymkent on Monday.");
    assert_eq!(protest.len(), 1);
    assert_eq!(protest[0].0, "Protest");
    assert!(protest[0].2.is_empty(), "the road is no side");
    // No one named: no protest.
    assert!(acts("The highway was blocked by snow on Monday.").is_empty());
    let attack = acts("Chinese vessels used water cannon on a Philippine boat.");
    assert_eq!(attack.len(), 1);
    assert_eq!(attack[0].0, "Attack");
    assert_eq!(attack[0].2, ["country/PHL"]);
}

#[test]
fn forces_of_two_countries_drilling_together_cooperate() {
    let a = run(
        "Filipino and American troops will begin the annual Balikatan drills next month.",
        "2026-03-04",
    );
    assert_eq!(a.events.len(), 1);
    assert_eq!(a.events[0].class, "Cooperation");
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    let mut sides = a.events[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["country/PHL", "country/USA"]);
    // One country's drills are its forces' mobilization.
    assert_eq!(
        acts("Russia held naval drills in the Baltic Sea on Monday.")[0].0,
        "Mobilization"
    );
}

#[test]
fn two_sides_that_each_act_act_on_each_other() {
    for (text, class) in [
        (
            "Russia and Ukraine each released 150 prisoners of war on Wednesday.",
            "Retreat",
        ),
        (
            "Russia and Ukraine each expelled two diplomats.",
            "Expulsion",
        ),
    ] {
        let mut found = acts(text);
        found.sort();
        assert_eq!(
            found,
            [
                (
                    class.to_string(),
                    vec!["country/RUS".to_string()],
                    vec!["country/UKR".to_string()]
                ),
                (
                    class.to_string(),
                    vec!["country/UKR".to_string()],
                    vec!["country/RUS".to_string()]
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn one_or_two_people_of_a_country_are_a_group_of_it() {
    let a = run(
        "The Taliban freed a British couple on Monday.",
        "2026-03-04",
    );
    let release = a
        .events
        .iter()
        .find(|e| e.class == "Retreat")
        .expect("release");
    let couple = a
        .entities
        .iter()
        .find(|e| release.targets.contains(&e.key))
        .expect("target entity");
    assert_eq!(couple.affiliation.as_deref(), Some("country/GBR"));
}

#[test]
fn slapped_restrictions_fines_and_surtaxes_sanction() {
    assert_eq!(
        acts("The United States slapped visa restrictions on Ugandan officials."),
        one("Sanction", "country/USA", "country/UGA")
    );
    assert_eq!(
        acts("Canada imposed a 25 percent surtax on Chinese electric vehicles."),
        one("Tariff", "country/CAN", "country/CHN")
    );
    assert_eq!(
        acts("Chinese coast guard ships blocked a Philippine resupply mission on Monday."),
        one("Coercion", "country/CHN", "country/PHL")
    );
}

#[test]
fn a_side_named_by_title_and_of_acts_as_its_official() {
    assert_eq!(
        acts("The Emir of Qatar visited Cairo on Monday."),
        one("Visit", "country/QAT", "country/EGY")
    );
    assert_eq!(
        acts("The foreign minister of Peru will travel to Quito next week."),
        one("Visit", "country/PER", "country/ECU")
    );
    // Governed as a whole, the titled phrase is no subject.
    assert!(acts("Trade with the president of Kenya grew.").is_empty());
}

#[test]
fn a_counterpart_named_by_country_is_a_person_received() {
    let met = run(
        "Senegal's president Amadou Ndiaye received his Gambian counterpart in Dakar.",
        "2026-03-04",
    )
    .events;
    assert_eq!(met.len(), 1);
    assert_eq!(met[0].class, "Meeting");
    assert!(met[0].participants.contains(&"country/GMB".to_string()));
}

#[test]
fn ties_cut_with_a_side_and_words_delivered_are_no_aid() {
    assert_eq!(
        acts(
            "Mexico suspended relations with Ecuador and took it to the International Court of Justice."
        ),
        one("Sanction", "country/MEX", "country/ECU")
    );
    // A note handed over is a protest, not aid.
    let note = acts("Canada delivered a diplomatic note of protest to the U.S. embassy in Ottawa.");
    assert!(note.iter().all(|(class, _, _)| class != "Aid"), "{note:?}");
    assert_eq!(
        acts("Germany delivered 40 tonnes of medicine to Sudan."),
        one("Aid", "country/DEU", "country/SDN")
    );
    // A task force sent is a show of force, not aid.
    let sent = acts("Britain dispatched a naval task force to the South Atlantic.");
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].0, "Mobilization");
}

#[test]
fn weapons_that_hit_a_body_at_home_attack_it() {
    assert_eq!(
        acts("Iranian missiles and drones hit camps of the Kurdistan Democratic Party of Iran."),
        one(
            "Attack",
            "country/IRN",
            "org/kurdistan-democratic-party-of-iran"
        )
    );
    // A figurative hit is no attack.
    assert!(acts("Iranian exports hit a record in May.").is_empty());
}

#[test]
fn talks_that_never_took_place_did_not_occur() {
    let talks = run(
        "A round of talks between Iran and Oman, due to be held in Muscat on June 15, never \
         took place.",
        "2026-07-01",
    )
    .events;
    assert_eq!(talks.len(), 1, "{talks:?}");
    assert_eq!(talks[0].status, crate::annotation::Status::NotOccurred);
}

#[test]
fn a_note_of_protest_is_its_senders_accusation_and_a_law_struck_down_no_attack() {
    assert_eq!(
        acts("Peru's government sent a note of protest to Colombia in August."),
        one("Accusation", "country/PER", "country/COL")
    );
    assert_eq!(
        acts("Canada delivered a diplomatic note of protest to the U.S. embassy in Ottawa."),
        one("Accusation", "country/CAN", "country/USA")
    );
    assert!(acts("Iraq's Federal Supreme Court struck down the Kuwaiti law.").is_empty());
}

#[test]
fn due_in_or_come_to_a_country_visits_it() {
    assert_eq!(
        acts("Winston Peters is due in Tonga on Friday."),
        one("Visit", "person/winston-peters", "country/TON")
    );
    assert_eq!(
        acts("Indian Prime Minister Narendra Modi came to Male in July 2025."),
        one("Visit", "person/narendra-modi", "country/MDV")
    );
    assert!(acts("The junta came to power in 2021.").is_empty());
}

#[test]
fn a_call_told_after_a_counterpart_in_apposition_joins_both() {
    let call = run(
        "South Korean Foreign Minister Cho Hyun raised the matter with his Chinese \
         counterpart, Wang Yi, in a phone call on Friday.",
        "2026-04-14",
    )
    .events;
    assert_eq!(call.len(), 1, "{call:?}");
    assert_eq!(call[0].class, "PhoneCall");
    assert_eq!(call[0].participants, ["person/cho-hyun", "person/wang-yi"]);
    // The counterpart as the object of the verb, not a preposition's.
    let told = run(
        "Kuwaiti Foreign Minister Abdullah Al-Yahya told his Iraqi counterpart, Fuad \
         Hussein, in a telephone call on Monday that the vote was illegal.",
        "2026-02-10",
    )
    .events;
    let call: Vec<_> = told.iter().filter(|e| e.class == "PhoneCall").collect();
    assert_eq!(call.len(), 1, "{told:?}");
    assert_eq!(
        call[0].participants,
        ["person/abdullah-al-yahya", "person/fuad-hussein"]
    );
}

#[test]
fn steel_bars_are_no_barring() {
    assert_eq!(
        acts("Oman imposed tariffs on steel bars from China."),
        one("Tariff", "country/OMN", "country/CHN")
    );
    assert_eq!(
        acts("Somalia bars Kenyan aircraft from its airspace.")[0].0,
        "Sanction"
    );
}

#[test]
fn a_treaty_breached_is_no_agreement_reached() {
    assert!(
        acts("Kuwait said the vote breached a treaty registered with the United Nations.")
            .iter()
            .all(|(class, _, _)| class != "Agreement")
    );
    let signed = run("Kenya and Uganda signed a treaty on Monday.", "2026-03-04").events;
    assert_eq!(signed.len(), 1);
    assert_eq!(signed[0].class, "Agreement");
}

#[test]
fn forces_deployed_in_the_passive_are_their_own_countrys_move() {
    let moved = acts("Malian troops were deployed to the Algerian border on Monday.");
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].0, "Mobilization");
    assert_eq!(moved[0].1, ["country/MLI"]);
    let sent = acts("Gabon sent about 90 marines to the island on Tuesday.");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].0, "Mobilization");
    assert_eq!(sent[0].1, ["country/GAB"]);
    // Soldiers of no named country: no one to tell the move by.
    assert!(acts("About 900 soldiers were deployed along the border.").is_empty());
}

#[test]
fn a_year_after_a_preposition_does_not_govern_the_subject_after_it() {
    let acts = run(
        "In 2014 Gabon accused Cameroon of moving the border posts.",
        "2026-03-04",
    )
    .events;
    assert_eq!(acts.len(), 1);
    assert_eq!(acts[0].agents, ["country/GAB"]);
    assert_eq!(acts[0].date.as_deref(), Some("2014"));
}

#[test]
fn a_pattern_gap_runs_across_a_name_in_apposition() {
    let expelled = run(
        "Panama declared the Cuban envoy, Rafael Ortiz, persona non grata on Friday.",
        "2026-03-04",
    )
    .events;
    assert_eq!(expelled.len(), 1);
    assert_eq!(expelled[0].class, "Expulsion");
    assert_eq!(expelled[0].agents, ["country/PAN"]);
    assert_eq!(expelled[0].targets, ["person/rafael-ortiz"]);
    // A clause after the comma is no apposition: the gap stops there.
    assert!(
        acts("Panama held a vote, and talks ended.")
            .iter()
            .all(|a| a.0 != "Negotiation")
    );
}

/// The first meeting of `a` and its participants, sorted.
fn meeting_and_sides(
    a: &crate::annotation::Annotation,
) -> (&crate::annotation::Event, Vec<String>) {
    let meeting = a
        .events
        .iter()
        .find(|e| e.class == "Meeting")
        .expect("a meeting");
    let mut sides = meeting.participants.clone();
    sides.sort();
    (meeting, sides)
}

#[test]
fn a_meeting_agreed_to_is_a_planned_meeting_and_no_agreement_of_its_own() {
    let a = run(
        "Mali and Niger agreed to meet again in Niamey in September.",
        "2026-03-04",
    );
    let (meeting, sides) = meeting_and_sides(&a);
    assert_eq!(meeting.status, crate::annotation::Status::Planned);
    assert_eq!(meeting.date.as_deref(), Some("2026-09"));
    assert_eq!(sides, ["country/MLI", "country/NER"]);
    assert!(
        !a.events.iter().any(|e| e.class == "Agreement"),
        "the meeting is what was agreed"
    );
    // Meeting a side's demands is no meeting.
    assert!(
        !run("Mali agreed to meet Niger's demands.", "2026-03-04")
            .events
            .iter()
            .any(|e| e.class == "Meeting")
    );
    // What is agreed to that is no meeting stays inside the agreement.
    let b = run("Mali and Niger agreed to reopen the border.", "2026-03-04");
    assert_eq!(b.events.len(), 1);
    assert_eq!(b.events[0].class, "Agreement");
}

#[test]
fn a_meeting_agreed_on_in_a_that_clause_is_planned_and_held_by_the_agreeing_countries() {
    // Unnamed officials of the two sides are their countries; the agreement to meet is
    // folded into the meeting.
    let a = run(
        "Presidents Ruto and Museveni spoke by phone on Monday and agreed that customs \
         officials from both countries would meet in Busia on Friday.",
        "2026-03-04",
    );
    let (meeting, sides) = meeting_and_sides(&a);
    assert_eq!(meeting.status, crate::annotation::Status::Planned);
    assert_eq!(meeting.date.as_deref(), Some("2026-03-06"));
    assert_eq!(sides, ["country/KEN", "country/UGA"]);
    assert!(
        !a.events.iter().any(|e| e.class == "Agreement"),
        "{:?}",
        a.events
    );
    // Agreed that a visit will take place: the visit, by the one named.
    let b = run(
        "Ghana and Togo agreed that Foreign Minister Samuel Ablakwa would travel to Lome in May.",
        "2026-03-04",
    );
    assert_eq!(b.events.len(), 1, "{:?}", b.events);
    assert_eq!(b.events[0].class, "Visit");
    assert_eq!(b.events[0].status, crate::annotation::Status::Planned);
    // A standing arrangement agreed on is an agreement.
    let c = run(
        "Ghana and Togo agreed that rangers from both sides would patrol the river together.",
        "2026-03-04",
    );
    assert!(
        c.events.iter().any(|e| e.class == "Agreement"),
        "{:?}",
        c.events
    );
}

#[test]
fn coming_to_a_standstill_or_arriving_at_a_compromise_is_no_trip() {
    let a = run(
        "Ghanaian traders in Aflao said business had come to a standstill.\n\nGhanaian \
         traders at Kumasi said business had come to a standstill.\n\nGhana and Togo arrived \
         at a compromise on Monday.\n\nTogolese traders at Aflao said trade had come to a \
         standstill.",
        "2026-03-04",
    );
    assert!(
        !a.events.iter().any(|e| e.class == "Visit"),
        "{:?}",
        a.events
    );
    assert_eq!(
        acts("Ghana's president came to Lome on Monday."),
        one("Visit", "country/GHA", "country/TGO")
    );
}

#[test]
fn an_arrest_told_as_a_noun_with_no_one_named_is_by_the_place() {
    let a = run(
        "After the arrest of two Turkish engineers in Tashkent, Ankara protested.",
        "2026-03-04",
    );
    let arrest = a
        .events
        .iter()
        .find(|e| e.class == "Arrest")
        .expect("an arrest");
    assert_eq!(arrest.agents, ["country/UZB"]);
    // Ankara's protest answers the arrest: it is aimed at Uzbekistan.
    let protest = a
        .events
        .iter()
        .find(|e| e.class == "Accusation")
        .expect("a protest");
    assert_eq!(protest.targets, ["country/UZB"]);
}

#[test]
fn talks_between_officials_named_by_title_are_a_meeting() {
    let talks = acts("Laos's prime minister held talks with his Thai counterpart in Vientiane.");
    assert_eq!(talks.len(), 1);
    assert_eq!(talks[0].0, "Meeting");
    // Between the states themselves, talks are negotiations.
    let states = acts("Laos held talks with Thailand on the river border.");
    assert_eq!(states.len(), 1);
    assert_eq!(states[0].0, "Negotiation");
    // A text that ends on the side's name, with no stop after it.
    assert_eq!(acts("Laos held talks with Thailand")[0].0, "Negotiation");
}

#[test]
fn talks_a_trip_is_for_with_an_official_named_by_title_are_a_meeting() {
    let found = acts("Chile's president flew to Lima for talks with Peru's prime minister.");
    let classes: Vec<&str> = found.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(classes, ["Visit", "Meeting"], "{found:?}");
}

#[test]
fn word_sets_join_every_verb_to_every_object() {
    // "cut" with "aid", "shut" with plural "crossings", "lifted" with "cap": combinations
    // no single pattern lists.
    assert_eq!(
        acts("Canada cut its development aid to Haiti."),
        one("Sanction", "country/CAN", "country/HTI")
    );
    assert_eq!(
        acts("Chile lifted the cap on Bolivian trucks.")[0].0,
        "Concession"
    );
    assert_eq!(
        acts("Poland shut three road crossings with Belarus.")[0].0,
        "Coercion"
    );
}

#[test]
fn an_envoy_summoned_with_no_one_named_is_summoned_by_the_host() {
    // By the country whose ministry it is, or the one the envoy is posted to.
    assert_eq!(
        acts("Sweden's ambassador was summoned to the Polish foreign ministry on Monday."),
        one("Accusation", "country/POL", "country/SWE")
    );
    assert_eq!(
        acts("Sweden's ambassador to Poland was summoned on Monday over the remarks."),
        one("Accusation", "country/POL", "country/SWE")
    );
}

#[test]
fn a_war_fought_is_an_attack_and_a_ship_blocked_is_coerced() {
    let war = acts("Ghana and Togo fought a border war from 1981 to 1982.");
    assert_eq!(war.len(), 1, "{war:?}");
    assert_eq!(war[0].0, "Attack");
    assert_eq!(
        acts("Vietnamese patrol boats blocked a Cambodian fishing boat on Monday."),
        one("Coercion", "country/VNM", "country/KHM")
    );
}

#[test]
fn what_was_said_in_a_relative_clause_ends_with_it() {
    // The accusation's content stops at the comma closing the relative clause: the
    // closure after it is an act of its own.
    let found = acts(
        "Ghana, which accused Togo of harbouring rebels, closed the border with Togo on \
         Monday.",
    );
    let classes: Vec<&str> = found.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(classes, ["Accusation", "Coercion"], "{found:?}");
    // Outside a relative clause, a list of what was said stays its content.
    let listed =
        acts("Ghana accused Togo of harbouring rebels, arming militias and closing the border.");
    assert_eq!(listed.len(), 1, "{listed:?}");
}

#[test]
fn an_act_told_as_the_head_of_a_relative_clause_in_commas_is_that_clauses() {
    let a = run(
        "The sanctions, which Washington imposed on Caracas in 2019, remain in force.",
        "2026-03-04",
    );
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    let sanction = &a.events[0];
    assert_eq!(
        (sanction.agents.as_slice(), sanction.targets.as_slice()),
        (
            &["country/USA".to_string()][..],
            &["country/VEN".to_string()][..]
        )
    );
    assert_eq!(sanction.date.as_deref(), Some("2019"));
}

#[test]
fn holding_responsible_pointing_the_finger_and_alleging_accuse() {
    for text in [
        "Peru held Chile responsible for the oil spill.",
        "Peru pointed the finger at Chile over the cyberattack.",
        "Peruvian officials alleged that Chile had funded the smugglers.",
    ] {
        assert_eq!(
            acts(text),
            one("Accusation", "country/PER", "country/CHL"),
            "{text}"
        );
    }
    // An alleged spy is described, not accused by anyone named.
    assert!(acts("The alleged spy was detained in Lima.").is_empty());
}

#[test]
fn throwing_or_lending_support_backs_the_side_named() {
    for text in [
        "Peru threw its support behind Chile's candidate.",
        "Peru lent its support to Chile's bid.",
    ] {
        assert_eq!(
            acts(text),
            one("Support", "country/PER", "country/CHL"),
            "{text}"
        );
    }
}

#[test]
fn a_ceasefire_reached_together_is_an_agreement_one_declared_alone_is_not() {
    let reached = run(
        "Peru and Chile reached a ceasefire on Monday.",
        "2026-03-04",
    )
    .events;
    assert_eq!(reached.len(), 1);
    assert_eq!(reached[0].class, "Agreement");
    assert_eq!(reached[0].participants.len(), 2);
    let talks = run(
        "Peru and Chile agreed to a ceasefire at talks in Quito.",
        "2026-03-04",
    )
    .events;
    assert_eq!(
        talks.len(),
        1,
        "the talks are where it was agreed: {talks:?}"
    );
    assert!(
        !run("Peru declared a unilateral ceasefire.", "2026-03-04")
            .events
            .iter()
            .any(|e| e.class == "Agreement")
    );
}

#[test]
fn a_warning_of_what_may_happen_threatens_no_one() {
    for text in [
        "Peru's fisheries agency warned that the drought could cut Chile's catch by half.",
        "Peruvian scientists warn that the dam might worsen flooding in Chile.",
        "Peruvian sailors fired warning shots at a Chilean trawler.",
    ] {
        assert!(
            !acts(text).iter().any(|(class, ..)| class == "Threat"),
            "{text}: {:?}",
            acts(text)
        );
    }
    for text in [
        "Peru warned that it would close the border if Chile did not act.",
        "Peru warned Chile that it could face sanctions.",
        "Peru warned that Lima could respond with force to any Chilean incursion.",
    ] {
        assert!(
            acts(text).iter().any(|(class, ..)| class == "Threat"),
            "{text}: {:?}",
            acts(text)
        );
    }
}

#[test]
fn an_irregular_participle_after_be_is_passive() {
    for text in [
        "Two Chilean soldiers were shot dead by Peruvian troops.",
        "A Chilean soldier was shot dead near the border by Peruvian troops.",
    ] {
        let events = acts(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].0, "Attack");
        assert_eq!(events[0].1, ["country/PER"], "{text}");
    }
}

#[test]
fn what_is_said_after_a_rejection_is_an_act_of_its_own() {
    let events = run(
        "Chile accused Peru of the attack. Peru rejected the accusation and said it would \
         respond in kind.",
        "2026-03-04",
    )
    .events;
    let classes: Vec<&str> = events.iter().map(|e| e.class.as_str()).collect();
    assert!(classes.contains(&"Rejection"), "{classes:?}");
    assert!(classes.contains(&"Threat"), "{classes:?}");
}

#[test]
fn a_list_of_acts_shares_its_subject_and_a_charge_after_for_is_content() {
    let events = run(
        "Chile blamed Peru for the bombing, suspended the fisheries treaty with Lima, and \
         launched missile strikes on camps in Peru on May 7.",
        "2026-06-04",
    )
    .events;
    let sides = |class: &str| {
        events
            .iter()
            .find(|e| e.class == class)
            .map(|e| (e.agents.clone(), e.targets.clone()))
    };
    assert_eq!(
        sides("Accusation"),
        Some((
            vec!["country/CHL".to_string()],
            vec!["country/PER".to_string()]
        ))
    );
    assert_eq!(
        sides("Sanction"),
        Some((
            vec!["country/CHL".to_string()],
            vec!["country/PER".to_string()]
        ))
    );
    assert_eq!(
        sides("Attack").map(|s| s.0),
        Some(vec!["country/CHL".to_string()])
    );
    assert!(
        sides("Mobilization").is_none(),
        "strikes launched are an attack"
    );
    // "called the seizure" after a subject in apposition is no list of acts.
    let apposition = acts(
        "Chile's foreign ministry summoned Peru's ambassador, and its spokeswoman, Ana \
         Rojas, called the seizure unacceptable.",
    );
    assert!(
        apposition
            .iter()
            .all(|(_, agents, _)| agents != &["country/PER"])
    );
}

#[test]
fn measures_being_prepared_are_planned() {
    let events = run(
        "The European Commission said it was preparing new sanctions against Peru.",
        "2026-03-04",
    )
    .events;
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].class, "Sanction");
    assert_eq!(events[0].status, crate::annotation::Status::Planned);
}

#[test]
fn a_thing_threatens_no_one() {
    for text in [
        "Peru says the dam threatens Chile's water supply.",
        "The new mining rules threaten Chile's exports, Peru said.",
    ] {
        assert!(
            !acts(text).iter().any(|(class, ..)| class == "Threat"),
            "{text}: {:?}",
            acts(text)
        );
    }
    for text in [
        "Peru threatened Chile with sanctions.",
        "Peru's foreign ministry threatened Chile with sanctions.",
        "Peru condemned the attack and threatened to cut off power to Chile.",
    ] {
        assert!(
            acts(text).iter().any(|(class, ..)| class == "Threat"),
            "{text}: {:?}",
            acts(text)
        );
    }
}

#[test]
fn weapons_sent_are_aid_and_a_move_called_a_provocation_accuses() {
    let events = acts("Peru sent weapons to Bolivia, a move Chile called a provocation.");
    assert!(
        events.contains(&one("Aid", "country/PER", "country/BOL")[0]),
        "{events:?}"
    );
    assert!(
        events
            .iter()
            .any(|(class, agents, _)| class == "Accusation" && agents == &["country/CHL"]),
        "{events:?}"
    );
    assert!(acts("Peru called a meeting of the regional bloc.").is_empty());
    assert_eq!(
        acts("Peru deposited $3 billion in Bolivia's central bank."),
        one("Aid", "country/PER", "country/BOL")
    );
    // Rare earth deposits are found, not given.
    assert!(acts("Peru and Bolivia will explore rare earth deposits.").is_empty());
}

#[test]
fn the_two_heads_of_state_are_the_two_leaders_named() {
    let events = run(
        "President Ana Rojas of Peru arrived in Santiago, where President Luis Vera of Chile \
         welcomed her. The two Heads of State held talks on Tuesday.",
        "2026-03-04",
    )
    .events;
    let meeting = events
        .iter()
        .find(|e| e.class == "Meeting")
        .expect("a meeting");
    let mut sides = meeting.participants.clone();
    sides.sort();
    assert_eq!(sides, ["person/ana-rojas", "person/luis-vera"]);
}

#[test]
fn a_border_closure_or_a_visa_imposed_is_a_restriction() {
    // A restriction on movement is coercion (the contract's "restrictions"), not a sanction.
    let events = acts("Chile criticised Peru's border closure.");
    assert!(
        events.contains(&one("Coercion", "country/PER", "country/CHL")[0]),
        "{events:?}"
    );
    assert_eq!(
        acts("Lithuania sealed its border with Belarus on Monday."),
        one("Coercion", "country/LTU", "country/BLR")
    );
    assert_eq!(
        acts("Ecuador imposed visas on Colombian citizens."),
        one("Coercion", "country/ECU", "group/colombian-citizens")
    );
}

#[test]
fn a_delegation_received_is_met() {
    let events = run(
        "Peru's President Ana Rojas received the Chilean delegation at the palace.",
        "2026-03-04",
    )
    .events;
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].class, "Meeting");
    assert!(
        events[0]
            .participants
            .contains(&"person/ana-rojas".to_string())
    );
    // Refugees received are not met.
    assert!(
        acts("Peru received 300 Chilean refugees.")
            .iter()
            .all(|(class, ..)| class != "Meeting")
    );
}

#[test]
fn relief_sent_is_aid_even_far_after_the_verb() {
    assert_eq!(
        acts("Turkey sent three naval cargo ships carrying 500 tonnes of emergency food to Libya."),
        one("Aid", "country/TUR", "country/LBY")
    );
}

#[test]
fn a_sum_announced_for_a_side_is_a_pledge() {
    assert_eq!(
        acts("Britain announced a further £40 million to help Sudan rebuild its clinics."),
        one("CooperationPledge", "country/GBR", "country/SDN")
    );
    assert_eq!(
        acts("Norway announced €15 million for Moldova's energy grid."),
        one("CooperationPledge", "country/NOR", "country/MDA")
    );
    // A sum the tariffs cover is no pledge.
    let tariffs = acts("Canada announced $2 billion in tariffs on Chinese steel.");
    assert!(
        tariffs
            .iter()
            .all(|(class, ..)| class != "CooperationPledge"),
        "{tariffs:?}"
    );
}

#[test]
fn an_act_answered_with_is_the_answering_sides() {
    assert_eq!(
        acts("Beijing retaliated with tariffs of 15% on Australian wine."),
        one("Tariff", "country/CHN", "country/AUS")
    );
    assert_eq!(
        acts("Moscow hit back with sanctions on Estonian officials."),
        one("Sanction", "country/RUS", "country/EST")
    );
    // Struck with sanctions, the subject is their target.
    assert_eq!(
        acts("Belarus was hit with sanctions by Lithuania."),
        one("Sanction", "country/LTU", "country/BLR")
    );
}

#[test]
fn armed_groups_of_the_lexicon_are_sides() {
    assert_eq!(
        acts("Boko Haram fighters attacked a Chadian army base near the border."),
        one("Attack", "group/boko-haram-fighters", "country/TCD")
    );
    assert_eq!(
        acts("JNIM claimed an attack on a Malian army convoy."),
        one("Attack", "org/jnim", "country/MLI")
    );
}

#[test]
fn yielding_to_a_sides_request_or_dropping_a_veto_is_a_concession() {
    assert_eq!(
        acts("Rwanda agreed to a Ugandan request to reopen the border post."),
        one("Concession", "country/RWA", "country/UGA")
    );
    assert_eq!(
        acts("Hungary lifted its veto on Moldova's membership talks."),
        one("Concession", "country/HUN", "country/MDA")
    );
    assert_eq!(
        acts("Greece dropped its objections to North Macedonia's bid."),
        one("Concession", "country/GRC", "country/MKD")
    );
}

#[test]
fn a_proposal_of_another_side_blocked_is_rejected() {
    assert_eq!(
        acts("Poland blocked the EU's new migration package."),
        one("Rejection", "country/POL", "org/european-union")
    );
    assert_eq!(
        acts("Austria blocked Romania's bid to join the Schengen area."),
        one("Rejection", "country/AUT", "country/ROU")
    );
    // The author of the proposal after "by" is rejected, not the one rejecting.
    assert_eq!(
        acts("China blocked a statement by the Security Council."),
        one(
            "Rejection",
            "country/CHN",
            "org/united-nations-security-council"
        )
    );
    // A road blocked is no rejection.
    assert!(acts("Farmers blocked the road to the airport.").is_empty());
}

#[test]
fn a_currency_prefix_is_no_country_and_a_joined_clause_no_object() {
    // "US$" and "NZ$" name a currency; the clause after ", and" has sides of its own.
    let aid = acts(
        "Samoa is rebuilding after the cyclone. The World Bank disbursed a US$15 million grant \
         for housing, and Japan's envoy Kenji Sato is due in Apia next week.",
    );
    let grant = aid.iter().find(|(class, ..)| class == "Aid");
    assert!(
        grant.is_some_and(|(_, agents, targets)| agents == &["org/world-bank"]
            && !targets.is_empty()
            && targets
                .iter()
                .all(|t| t != "country/USA" && t != "person/kenji-sato")),
        "{aid:?}"
    );
    let a = run(
        "Fiji received a NZ$20 million grant from New Zealand.",
        "2026-03-04",
    );
    assert!(
        a.entities
            .iter()
            .all(|e| e.key != "country/USA" && e.key != "org/nz"),
        "{:?}",
        a.entities
    );
}

#[test]
fn ties_raised_to_a_new_level_are_an_agreement_of_both() {
    for text in [
        "Kenya and Ghana raised their relations to a strategic partnership in 2024.",
        "Ghana raised its ties with Kenya to the highest level in 2024.",
    ] {
        let a = run(text, "2026-03-04");
        let classes: Vec<&str> = a.events.iter().map(|e| e.class.as_str()).collect();
        assert_eq!(classes, ["Agreement"], "{text}");
        assert_eq!(a.events.len(), 1, "{:?}", a.events);
        let mut sides = a.events[0].participants.clone();
        sides.sort();
        assert_eq!(sides, ["country/GHA", "country/KEN"], "{text}");
    }
    // A budget raised is no agreement.
    assert!(acts("Kenya raised its budget to $5 billion.").is_empty());
}

#[test]
fn targets_struck_in_a_region_of_a_country_are_that_countrys() {
    assert_eq!(
        acts("Turkish jets struck targets in northern Iraq on Monday."),
        one("Attack", "group/turkish-jets", "country/IRQ")
    );
    // Targets met, with no place named, are no attack.
    assert!(acts("Turkish exporters hit their targets in May.").is_empty());
}

#[test]
fn burning_a_countrys_flag_protests_against_it() {
    assert_eq!(
        acts("Students burned the Swedish flag outside the embassy in Tehran."),
        one("Protest", "country/IRN", "country/SWE")
    );
    assert_eq!(
        acts("Iranian students burned Swedish flags in Tehran."),
        one("Protest", "group/iranian-students", "country/SWE")
    );
}

#[test]
fn a_lone_national_freed_is_a_person_of_that_country() {
    assert_eq!(
        acts("Mali released a detained Belgian national on Friday."),
        one("Retreat", "country/MLI", "group/belgian-national")
    );
    // The national team is no one freed.
    assert!(acts("Mali released the Belgian national team schedule on Friday.").is_empty());
}

#[test]
fn an_act_only_weighed_is_no_event() {
    for text in [
        "Chile is considering filing a complaint against Peru at the WTO.",
        "Chile said it would consider imposing duties on Peruvian sugar.",
        "The EU is weighing sanctions on Belarus.",
    ] {
        assert!(acts(text).is_empty(), "{text}: {:?}", acts(text));
    }
    // Weighed in another clause, the act itself stands.
    assert_eq!(
        acts("After considering the request, Ghana expelled two Togolese diplomats."),
        one("Expulsion", "country/GHA", "group/two-togolese-diplomats")
    );
}

#[test]
fn a_country_hosting_people_counted_by_nation_meets_no_one() {
    assert!(acts("Chad hosts more than 900,000 Sudanese who fled the war.").is_empty());
    assert!(acts("Kenya hosts about 1.2 million Somalis.").is_empty());
}

#[test]
fn one_born_in_a_country_is_of_that_country() {
    assert_eq!(
        acts("Swedish police detained a Russian-born engineer on Friday."),
        one("Arrest", "country/SWE", "group/russian-born-engineer")
    );
}

#[test]
fn a_well_known_surname_alone_names_its_holder() {
    let met = acts("Erdogan hosted his Azerbaijani counterpart Ilham Aliyev in Ankara.");
    assert_eq!(met.len(), 1, "{met:?}");
    assert_eq!(met[0].0, "Meeting");
    let call = run(
        "Macron held a phone call with Zelensky on Sunday.",
        "2026-03-04",
    );
    assert_eq!(call.events.len(), 1);
    assert_eq!(
        call.events[0].participants,
        ["person/emmanuel-macron", "person/volodymyr-zelensky"]
    );
}

#[test]
fn an_arrangement_or_understanding_reached_is_an_agreement() {
    for text in [
        "Kenya and Uganda reached an understanding on the disputed island.",
        "Manila and Beijing reached a provisional arrangement on resupply missions.",
    ] {
        let found = acts(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "Agreement");
    }
}

#[test]
fn police_or_peacekeepers_sent_abroad_are_deployed() {
    for text in [
        "Kenya sent 400 police officers to Haiti in June.",
        "Rwanda dispatched 300 peacekeepers to the Central African Republic.",
    ] {
        let found = acts(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "Mobilization");
    }
}

#[test]
fn an_act_plotted_is_no_event() {
    assert!(
        acts("Two Dutch men were charged with plotting to attack a Moroccan activist.").is_empty()
    );
}

#[test]
fn refusing_joint_talks_is_aimed_at_the_other_side_of_the_talks() {
    assert_eq!(
        acts("Saudi Arabia ruled out talks with the Houthis on Monday."),
        one("Rejection", "country/SAU", "org/houthis")
    );
    assert_eq!(
        acts("Niger refused to hold negotiations with ECOWAS."),
        one(
            "Rejection",
            "country/NER",
            "org/economic-community-of-west-african-states"
        )
    );
}

#[test]
fn a_list_of_sides_goes_on_before_a_name_with_its_acronym_in_brackets() {
    let a = run(
        "Colombia's government and the National Liberation Army (ELN) agreed on Monday to a \
         ceasefire.",
        "2026-03-04",
    );
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    let mut sides = a.events[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["country/COL", "org/national-liberation-army"]);
}

#[test]
fn the_military_named_again_is_the_countrys_not_a_rebel_army() {
    assert_eq!(
        acts(
            "Sudan's military and the Sudan Liberation Army agreed to a truce in Juba. The \
             military has sent 3,000 troops to El Fasher since January."
        )
        .into_iter()
        .filter(|(class, _, _)| class == "Mobilization")
        .collect::<Vec<_>>(),
        vec![(
            "Mobilization".to_string(),
            vec!["country/SDN".to_string()],
            vec![]
        )]
    );
}

#[test]
fn a_ministry_named_with_and_is_part_of_the_title_before_a_name() {
    let a = run(
        "Sweden wants an exemption. Minister of Trade and Industry Cecilia Berg met \
         Commissioner Maros Sefcovic in Brussels on Wednesday.",
        "2026-03-04",
    );
    let meetings: Vec<_> = a.events.iter().filter(|e| e.class == "Meeting").collect();
    assert_eq!(meetings.len(), 1, "{:?}", a.events);
    let mut sides = meetings[0].participants.clone();
    sides.sort();
    assert_eq!(sides, ["person/cecilia-berg", "person/maros-sefcovic"]);
}

#[test]
fn taking_a_side_to_court_accuses_it() {
    assert_eq!(
        acts("Hungary took Slovakia to the EU Court of Justice over the language law in 2009."),
        one("Accusation", "country/HUN", "country/SVK")
    );
    assert_eq!(
        acts("Ecuador took Colombia to The Hague over the spraying in 2008."),
        one("Accusation", "country/ECU", "country/COL")
    );
    // Taking a question (no side) to a court accuses no one.
    assert!(acts("Ecuador took the question to the court in 2008.").is_empty());
}

#[test]
fn a_go_slow_is_a_protest() {
    let found = acts("Hundreds of Czech lorry drivers staged a go-slow near the border on Monday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Protest");
}

#[test]
fn demanding_a_release_asks_for_it_and_releases_no_one() {
    let found = acts(
        "Chad's navy detained nine Sudanese fishermen on Monday. Niger demanded the \
         fishermen's immediate release and said they had been fishing in open waters.",
    );
    assert!(
        found.iter().all(|(class, _, _)| class != "Retreat"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(class, _, _)| class == "Request"),
        "{found:?}"
    );
}

#[test]
fn police_detaining_their_own_citizens_arrest_them() {
    let found = acts("Kenyan police detained 20 Kenyan students on Tuesday and freed them later.");
    let classes: Vec<&str> = found.iter().map(|(class, _, _)| class.as_str()).collect();
    assert_eq!(classes, ["Arrest", "Retreat"], "{found:?}");
    assert_eq!(found[0].1, ["country/KEN"]);
}

#[test]
fn travelling_on_to_a_capital_visits_its_country() {
    let found = acts("Chile's foreign minister will travel on to Lima on Friday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), &found[0].2),
        ("Visit", &vec!["country/PER".to_string()])
    );
}

#[test]
fn visiting_a_persons_home_region_visits_their_country() {
    let found = acts(
        "Kenyan President Daniel Ochieng hosted Ugandan President Samuel Kato in March. In \
         January, Ochieng visited Kato's home district of Mbarara.",
    );
    let visits: Vec<_> = found
        .iter()
        .filter(|(class, _, _)| class == "Visit")
        .collect();
    assert_eq!(visits.len(), 1, "{found:?}");
    assert_eq!(visits[0].2, ["country/UGA"]);
}

#[test]
fn putting_names_to_an_accord_signs_it() {
    let found = acts("Chile and Peru put their names to the accord in Lima on Monday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Agreement");
}

#[test]
fn agreeing_to_continue_negotiations_is_the_negotiation_going_on() {
    let found = acts("Ghana and Togo agreed to continue negotiations on the border.");
    let classes: Vec<&str> = found.iter().map(|(class, _, _)| class.as_str()).collect();
    assert_eq!(classes, ["Negotiation"], "{found:?}");
    // Agreeing to open them is an agreement reached.
    let found = acts("Ghana and Togo agreed to launch negotiations on a trade deal.");
    assert!(
        found.iter().any(|(class, _, _)| class == "Agreement"),
        "{found:?}"
    );
}

#[test]
fn a_release_told_in_the_passive_is_by_whoever_held_them() {
    let found = acts(
        "Malian gendarmes detained seven Nigerien traders on Monday. The men were released two \
         days later.",
    );
    let retreats: Vec<_> = found
        .iter()
        .filter(|(class, _, _)| class == "Retreat")
        .collect();
    assert_eq!(retreats.len(), 1, "{found:?}");
    assert_eq!(retreats[0].1, ["country/MLI"]);
}

#[test]
fn custody_in_the_passive_checks_ended_and_a_human_chain() {
    let found = acts("Four Malian herders were taken into custody by Senegalese police.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Arrest");
    assert_eq!(found[0].1, ["country/SEN"]);
    assert_eq!(
        acts("Benin ended the checks on Nigerian lorries."),
        one("Concession", "country/BEN", "country/NGA")
    );
    let chain = acts("Hundreds of Estonian villagers formed a human chain along the border.");
    assert_eq!(chain.len(), 1, "{chain:?}");
    assert_eq!(chain[0].0, "Protest");
}

#[test]
fn an_invitation_is_an_offer_and_an_accepted_one_a_planned_visit() {
    let a = run(
        "The minister conveyed an invitation from Chilean President Ana Rojas to Peruvian \
         President Luis Vera to pay a state visit to Chile.",
        "2026-03-04",
    );
    let offers = crate::extract::tests::events(&a, "CooperationPledge");
    assert_eq!(offers.len(), 1, "{:?}", a.events);
    assert_eq!(offers[0].agents, ["person/ana-rojas"]);
    assert_eq!(offers[0].status, crate::annotation::Status::Occurred);
    assert!(
        crate::extract::tests::events(&a, "Visit").is_empty(),
        "{:?}",
        a.events
    );
    let b = run(
        "Peruvian President Luis Vera accepted an invitation to visit Santiago next year.",
        "2026-03-04",
    );
    assert!(
        crate::extract::tests::events(&b, "CooperationPledge").is_empty(),
        "{:?}",
        b.events
    );
    let visits = crate::extract::tests::events(&b, "Visit");
    assert_eq!(visits.len(), 1, "{:?}", b.events);
    assert_eq!(visits[0].status, crate::annotation::Status::Planned);
}

#[test]
fn a_killing_with_no_killer_named_is_an_attack_but_a_mishap_is_not() {
    let found = acts("Two Chinese engineers were shot dead near the dam on Monday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Attack");
    assert!(found[0].1.is_empty(), "{found:?}");
    assert_eq!(found[0].2, ["group/two-chinese-engineers"]);
    let mishap = acts("Two Chinese engineers were killed in a landslide near the dam on Monday.");
    assert!(mishap.is_empty(), "{mishap:?}");
}

#[test]
fn a_state_freezing_its_part_in_a_body_sanctions_the_body() {
    assert_eq!(
        acts("Mali froze its participation in the African Union in 2024."),
        one("Sanction", "country/MLI", "org/african-union")
    );
}

#[test]
fn ordering_the_closure_of_a_border_crossing_coerces_the_side_across() {
    assert_eq!(
        acts(
            "Guatemala's president ordered the closure of the border crossing at La Mesilla, \
             on the border with Mexico, on Monday."
        ),
        one("Coercion", "country/GTM", "country/MEX")
    );
}

#[test]
fn a_protest_note_sent_to_a_capital_accuses_its_government() {
    assert_eq!(
        acts("Kenya's foreign ministry sent a protest note to Kampala on Thursday."),
        one("Accusation", "country/KEN", "country/UGA")
    );
}

#[test]
fn border_guards_act_for_their_country() {
    let found = acts("Russian border guards detained an Estonian fisherman on Tuesday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, ["country/RUS"]);
}

#[test]
fn whose_release_is_asked_for_is_not_the_one_asked() {
    let found = acts(
        "Russian border guards detained Aivar Kask, 58, an Estonian fisherman, on Tuesday. \
         Estonia demanded Kask's immediate release on Wednesday.",
    );
    let request = found.iter().find(|(class, ..)| class == "Request");
    let request = request.expect("a request");
    assert_eq!(request.1, ["country/EST"]);
    assert_eq!(request.2, ["country/RUS"]);
    // A group detained before: the ones who detained them are asked.
    let found = acts(
        "Chad's navy detained nine Sudanese fishermen on Monday. Niger demanded the \
         fishermen's immediate release on Tuesday.",
    );
    let request = found.iter().find(|(class, ..)| class == "Request");
    let request = request.expect("a request");
    assert_eq!(request.2, ["country/TCD"]);
}

#[test]
fn declining_an_invitation_or_offer_rejects_its_author() {
    assert_eq!(
        acts("Eritrea declined Kenya's invitation to the summit on Tuesday."),
        one("Rejection", "country/ERI", "country/KEN")
    );
    assert_eq!(
        acts("Bolivia declined an offer of mediation from Brazil."),
        one("Rejection", "country/BOL", "country/BRA")
    );
}
