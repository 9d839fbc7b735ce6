//! Tests of finding people: titles, appositions, speech and act verbs, courtesy forms,
//! given names that are also places, and family names that refer back.

use crate::annotation::{Annotation, EntityKind};
use crate::extract::tests::has_entity as has;

fn run(text: &str) -> Annotation {
    crate::extract::tests::run(text, "2026-02-11")
}

/// The affiliation of the entity `key`.
fn affiliation<'a>(a: &'a Annotation, key: &str) -> Option<&'a str> {
    let entity = a.entities.iter().find(|e| e.key == key);
    entity.and_then(|e| e.affiliation.as_deref())
}

#[test]
fn a_city_name_after_a_title_is_a_first_name() {
    let a =
        run("Foreign Minister Santiago Cafiero of Argentina met Uruguayan officials on Monday.");
    assert!(has(&a, "person/santiago-cafiero"));
    assert!(!has(&a, "country/CHL"));
    assert_eq!(
        affiliation(&a, "person/santiago-cafiero"),
        Some("country/ARG")
    );
    // Without a title the city is still the government.
    let b = run("Santiago said the talks with Lima were useful.");
    assert!(has(&b, "country/CHL"));
}

#[test]
fn a_place_that_is_also_a_given_name_opens_a_persons_name() {
    let a = run("Sofia Petrakis accused Bulgaria of stalling the inquiry on Monday.");
    assert!(has(&a, "person/sofia-petrakis"));
    assert!(a.events.iter().all(|e| e.agents != ["country/BGR"]));
    // A head, a place noun or a third capitalized word keeps the place.
    let b = run("Jordan Valley farmers said Jordan had closed the crossing.");
    assert!(has(&b, "country/JOR"));
    assert!(!has(&b, "person/jordan-valley"));
}

#[test]
fn a_name_before_an_act_in_the_past_is_a_person() {
    let a = run("Lawyer Tomas Greve accused Norway of hiding the report on Monday.");
    assert!(has(&a, "person/tomas-greve"));
    assert!(!has(&a, "person/lawyer-tomas-greve"));
    let c = run("Idris Bakari on Thursday accused Chad of hiding the report.");
    assert!(has(&c, "person/idris-bakari"), "{:?}", c.entities);
    // The first words of a company named before are the company.
    let b =
        run("Britain sanctioned Blue Heron Shipping on Tuesday. Blue Heron denied the charges.");
    assert!(!has(&b, "person/blue-heron"));
}

#[test]
fn courtesy_forms_open_no_name_and_a_two_word_family_name_refers_back() {
    let a = run(
        "Her Excellency Dr Amara Kondeh-Sesay, President of Sierra Leone, on Thursday \
         received Honourable Jonas Weber Lindqvist, Minister of Trade of Sweden. President \
         Kondeh-Sesay thanked Sweden. Minister Weber Lindqvist said Sweden would help.",
    );
    assert!(has(&a, "person/amara-kondeh-sesay"), "{:?}", a.entities);
    assert!(has(&a, "person/jonas-weber-lindqvist"), "{:?}", a.entities);
    assert!(!has(&a, "person/honourable-jonas-weber-lindqvist"));
    assert!(!has(&a, "person/weber-lindqvist"), "{:?}", a.entities);
    assert!(!has(&a, "person/kondeh-sesay"), "{:?}", a.entities);
}

#[test]
fn a_name_after_an_act_on_people_is_a_person_but_not_after_a_capture() {
    let a = run(
        "Belarus on Monday freed Anatol Shumski in Minsk. The rebels \
         captured Umm Tarfa after a long siege.",
    );
    assert!(has(&a, "person/anatol-shumski"), "{:?}", a.entities);
    assert!(!has(&a, "person/umm-tarfa"), "{:?}", a.entities);
    let b = run("Kenya deported Tomas Greve on Friday, the interior ministry said.");
    assert!(has(&b, "person/tomas-greve"), "{:?}", b.entities);
}

#[test]
fn honorifics_and_particles_inside_names() {
    let a = run(
        "Prime Minister Hamza Sheikh Abdi said Somalia would not cede territory. Foreign \
         Minister Ana María de la Cruz met him in Mogadishu on Monday.",
    );
    assert!(has(&a, "person/hamza-sheikh-abdi"));
    assert!(has(&a, "person/ana-maria-de-la-cruz"));
    assert!(!has(&a, "person/hamza"));
    // An honorific opening a name is still a title.
    let b = run("Qatar's emir, Sheikh Tamim bin Hamad Al Thani, met Emmanuel Macron on Monday.");
    assert!(!has(&b, "person/sheikh-tamim-bin-hamad-al-thani"));
    // South Asian honorifics, one with a full stop that ends no sentence.
    let c = run(
        "The prime minister called on the President, Smt. Lakshmi Varadarajan, and met \
         Dasho Karma Wangdi and Shri Arvind Kulkarni in New Delhi.",
    );
    assert!(has(&c, "person/lakshmi-varadarajan"), "{:?}", c.entities);
    assert!(has(&c, "person/karma-wangdi"), "{:?}", c.entities);
    assert!(has(&c, "person/arvind-kulkarni"), "{:?}", c.entities);
    assert!(!has(&c, "person/smt"), "{:?}", c.entities);
}

#[test]
fn fields_of_office_listed_before_a_name() {
    let a = run(
        "Minister of Agriculture, Food and Rural Affairs Park Min-ho met Peru's Minister \
         of Energy and Mines Rosa Quispe Huaman in Lima on Monday.",
    );
    assert!(has(&a, "person/park-min-ho"));
    assert!(has(&a, "person/rosa-quispe-huaman"));
    assert!(!has(&a, "person/food"));
    let park = a.entities.iter().find(|e| e.key == "person/park-min-ho");
    assert_eq!(
        park.and_then(|p| p.title.as_deref()),
        Some("Minister of Agriculture, Food and Rural Affairs")
    );
}

#[test]
fn a_family_name_in_capitals_before_the_given_name() {
    let a = run(
        "Foreign Minister TANAKA Hiroko met Vietnam's foreign minister in Hanoi. Minister \
         Tanaka said the talks were useful.",
    );
    assert!(has(&a, "person/hiroko-tanaka"), "{:?}", a.entities);
    assert!(!has(&a, "person/tanaka-hiroko"));
    // A name in ordinary case keeps its order.
    let b = run("Foreign Minister Tanaka Hiroko met officials in Hanoi.");
    assert!(has(&b, "person/tanaka-hiroko"), "{:?}", b.entities);
}

#[test]
fn fields_of_office_listed_before_a_name_in_apposition() {
    let a = run(
        "Sweden's Minister for Health, Energy and Wellbeing, Karin Holm, met Finland's \
         Minister of Foreign Affairs, Trade and Heritage, Pekka Laine, in Oslo.",
    );
    assert!(has(&a, "person/karin-holm"), "{:?}", a.entities);
    assert!(has(&a, "person/pekka-laine"), "{:?}", a.entities);
    assert!(!has(&a, "person/wellbeing"));
    assert!(!has(&a, "person/heritage"));
    let holm = a.entities.iter().find(|e| e.key == "person/karin-holm");
    assert_eq!(
        holm.and_then(|p| p.affiliation.as_deref()),
        Some("country/SWE")
    );
}

#[test]
fn stacked_titles_relative_clauses_and_fields_of_office() {
    let a = run(
        "Deputy Trade Minister Olga Brandt met the envoy on Monday. Tomas Verhoef, who \
         leads the customs service, said the checks would go on. The UN refugee \
         coordinator for Chad, Amina Sall, visited the camps. Kenya's envoy for maritime \
         affairs, Otieno Waweru, left Mombasa on Friday.",
    );
    // "Deputy Trade Minister" is one title, not a person called "Trade".
    assert!(has(&a, "person/olga-brandt"));
    assert!(!has(&a, "person/trade"));
    let olga = a.entities.iter().find(|e| e.key == "person/olga-brandt");
    assert_eq!(
        olga.and_then(|p| p.title.as_deref()),
        Some("Deputy Trade Minister")
    );
    // ", who leads ..." follows a person.
    assert!(has(&a, "person/tomas-verhoef"));
    // A title with its field, then the name in apposition.
    assert!(has(&a, "person/amina-sall"));
    assert!(has(&a, "person/otieno-waweru"));
    // Without the relative pronoun, a capitalized pair before a comma is no person.
    let b = run("Port Louis, the capital, was calm on Monday.");
    assert!(!has(&b, "person/port-louis"));
}

#[test]
fn an_official_quoted_by_title_alone_is_of_the_datelines_country() {
    let a = run(
        "QUITO, Feb 11 (Wire) - Ecuador ordered Colombia's ambassador to leave on Tuesday. \
         Foreign Minister Ana Paredes said the envoy had made remarks about Ecuador's army. \
         She accused Colombia of failing to police the frontier.",
    );
    let paredes = a.entities.iter().find(|e| e.key == "person/ana-paredes");
    assert_eq!(
        paredes.and_then(|p| p.affiliation.as_deref()),
        Some("country/ECU"),
        "{:?}",
        a.entities
    );
    let accused: Vec<_> = a
        .events
        .iter()
        .filter(|e| e.class == "Accusation")
        .flat_map(|e| e.targets.clone())
        .collect();
    assert_eq!(accused, ["country/COL"]);
}

#[test]
fn fields_of_office_before_a_title_open_a_person_not_a_body() {
    let a =
        run("International Relations and Cooperation Minister Thabo Nkosi met Chinese officials.");
    assert!(has(&a, "person/thabo-nkosi"), "{:?}", a.entities);
    assert!(
        a.entities
            .iter()
            .all(|e| e.kind != crate::annotation::EntityKind::Organization),
        "{:?}",
        a.entities
    );
    // A body with a title word inside its name stays a body.
    let b = run("The Tunisian General Labour Union called a strike.");
    assert!(
        has(&b, "org/tunisian-general-labour-union"),
        "{:?}",
        b.entities
    );
}

#[test]
fn a_name_written_to_is_a_person_but_a_broadcaster_spoken_to_is_not() {
    let a = run("Kenya's trade minister wrote to Tomas Lindqvist on Tuesday.");
    assert!(has(&a, "person/tomas-lindqvist"));
    assert!(!has(&a, "place/tomas-lindqvist"));
    let b =
        run("Kenya's trade minister, speaking to Sky News on Tuesday, said talks would resume.");
    assert!(!has(&b, "person/sky-news"));
}

#[test]
fn a_family_name_told_again_without_its_article_is_the_same_person() {
    let a = run(
        "Libyan Prime Minister Abdul Hamid al-Dbeibah met Tunisian officials in Tripoli. \
         Dbeibah thanked Tunisia for its help.",
    );
    let support = a.events.iter().find(|e| e.class == "Support");
    assert_eq!(
        support.map(|e| e.agents.clone()),
        Some(vec!["person/abdul-hamid-al-dbeibah".to_string()]),
        "{:?}",
        a.events
    );
}

#[test]
fn a_rank_before_a_name_in_apposition_is_no_part_of_the_name() {
    let a = run("The junta's spokesman, Colonel Armando Mendes, rejected the decision of ECOWAS.");
    assert!(has(&a, "person/armando-mendes"), "{:?}", a.entities);
}

#[test]
fn a_given_name_spelt_another_way_before_a_known_surname_is_the_known_person() {
    // The lexicon knows "Sergei Lavrov", also by his surname.
    for text in [
        "Russian Foreign Minister Sergey Lavrov said Moscow would answer the new sanctions.",
        "Russia's foreign minister, Sergey Lavrov, met Kenyan officials.",
    ] {
        let a = run(text);
        assert!(has(&a, "person/sergei-lavrov"), "{text}");
        let people = a
            .entities
            .iter()
            .filter(|e| e.key.starts_with("person/"))
            .count();
        assert_eq!(people, 1, "{text}: {:?}", a.entities);
    }
}

#[test]
fn abbreviated_military_ranks_are_no_part_of_the_name() {
    let a = run("Army spokesman Maj. Gen. Kyaw Lin Oo said the truce would hold.");
    assert!(has(&a, "person/kyaw-lin-oo"), "{:?}", a.entities);
    assert!(
        !a.entities.iter().any(|e| e.key.starts_with("person/maj")),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_ministrys_last_field_may_be_any_word_before_a_full_name() {
    let a = run(
        "Peru's Minister of Mining, Fisheries and Competition Rosa Quispe Tello accused Chile of dumping on Monday.",
    );
    assert!(has(&a, "person/rosa-quispe-tello"));
    assert!(!has(&a, "person/fisheries"));
    assert!(a.events.iter().any(|e| e.class == "Accusation"
        && e.agents == ["person/rosa-quispe-tello"]
        && e.targets == ["country/CHL"]));
}

#[test]
fn an_official_in_a_countrys_ministry_serves_that_country() {
    let a = run(
        "Chile accused Peru of breaking the deal. Rosa Quispe, deputy minister in Peru's trade ministry, rejected the accusation on Monday.",
    );
    assert_eq!(affiliation(&a, "person/rosa-quispe"), Some("country/PER"));
    assert!(a.events.iter().any(|e| e.class == "Rejection"
        && e.agents == ["person/rosa-quispe"]
        && e.targets == ["country/CHL"]));
    // A posting: an ambassador in a country is not that country's.
    let b = run(
        "Chile accused Peru of breaking the deal. Rosa Quispe, ambassador in Peru, rejected the accusation on Monday.",
    );
    assert_ne!(affiliation(&b, "person/rosa-quispe"), Some("country/PER"));
}

#[test]
fn a_name_before_of_and_a_country_is_a_person_serving_it() {
    let a = run("Foreign Minister Ana Lopes met Tomas Varga of Hungary in Vienna on Monday.");
    assert_eq!(affiliation(&a, "person/tomas-varga"), Some("country/HUN"));
    assert!(a.events.iter().any(
        |e| e.class == "Meeting" && e.participants.contains(&"person/tomas-varga".to_string())
    ));
    // A body's name before "of" stays a body.
    let b = run("Foreign Minister Ana Lopes met the Central Bank of Hungary on Monday.");
    assert!(
        !b.entities
            .iter()
            .any(|e| e.kind == crate::annotation::EntityKind::Person
                && e.key.contains("central-bank"))
    );
}

#[test]
fn a_listed_person_keeps_the_articles_spelling_of_the_whole_name() {
    let a = run(
        "Turkish President Recep Tayyip Erdogan met Greek leaders on Monday. Erdogan said the talks went well.",
    );
    let person = a
        .entities
        .iter()
        .find(|e| e.key == "person/recep-tayyip-erdogan");
    let alt = person.map(|p| p.alt_labels.clone()).unwrap_or_default();
    // The whole name as written is kept; the lone surname is no name of its own.
    assert!(alt.iter().any(|l| l == "Recep Tayyip Erdogan"), "{alt:?}");
    assert!(!alt.iter().any(|l| l == "Erdogan"), "{alt:?}");
}

#[test]
fn a_day_before_a_name_is_no_part_of_it() {
    let a =
        run("On Tuesday Marta Quispe, who leads the farmers' union, accused Bolivia of neglect.");
    assert!(has(&a, "person/marta-quispe"), "{:?}", a.entities);
    assert!(!has(&a, "person/tuesday-marta-quispe"));
}

#[test]
fn a_name_after_a_posting_in_a_town_no_lexicon_knows_is_the_envoy() {
    let a = run(
        "Zambia's consul general in Kasumbalesa, Mwila Banda, on Tuesday called the fines \
         \"excessive\".",
    );
    assert!(has(&a, "person/mwila-banda"), "{:?}", a.entities);
    assert!(!has(&a, "place/mwila-banda"));
    assert_eq!(affiliation(&a, "person/mwila-banda"), Some("country/ZMB"));
}

#[test]
fn a_title_and_posting_at_the_very_end_of_the_text_is_read_without_panic() {
    for text in [
        "Zambia's consul general in",
        "Zambia's consul general in Kasumbalesa,",
    ] {
        let a = run(text);
        assert!(
            a.entities.iter().all(|e| e.kind != EntityKind::Person),
            "{text}"
        );
    }
}

#[test]
fn a_long_office_after_its_title_and_of_then_a_name_is_a_person_not_a_body() {
    let a = run(
        "Botswana closed the border. Minister of International Relations and Trade Kagiso \
         Molefe rejected the criticism on Tuesday.",
    );
    assert!(has(&a, "person/kagiso-molefe"), "{:?}", a.entities);
    assert!(
        a.entities
            .iter()
            .all(|e| e.kind != EntityKind::Organization),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_title_that_is_also_a_given_name_opens_a_name() {
    let a =
        run("Iran's envoy met Amir Reza Tabrizi, the acting trade minister of Oman, on Monday.");
    assert!(has(&a, "person/amir-reza-tabrizi"));
    assert!(!has(&a, "person/reza-tabrizi"));
    // After a possessive or an article, or before an honorific, it stays a title.
    let b = run("Kuwait's Amir Nawaf Salem received the Omani envoy on Monday.");
    assert!(has(&b, "person/nawaf-salem"));
    let c = run("Amir Sheikh Faisal Hamad received the Omani envoy on Monday.");
    assert!(has(&c, "person/faisal-hamad"));
}

#[test]
fn an_age_in_apposition_tells_a_person() {
    let a = run("Tomas Lind, 58, from the village of Varnja, was fishing on the lake.");
    assert!(has(&a, "person/tomas-lind"));
    // A year after a comma is no age.
    let b = run("Santa Rosa, 2019, was the year of the flood.");
    assert!(!has(&b, "person/santa-rosa"));
}

#[test]
fn a_person_named_after_a_role_of_another_is_the_one_who_acts() {
    let a = run(
        "Karim Benali, 41, was flown to Paris on Monday. Benali's lawyer, Sofia Haddad, \
         accused French prosecutors of leaking the case.",
    );
    assert!(has(&a, "person/sofia-haddad"));
    let accusation = a.events.iter().find(|e| e.class == "Accusation");
    let accusation = accusation.expect("an accusation");
    assert_eq!(accusation.agents, ["person/sofia-haddad"]);
    // "she" in the next sentence is the lawyer, not the client.
    let b = run(
        "Karim Benali, 41, was flown to Paris on Monday. Benali's lawyer, Sofia Haddad, \
         spoke to reporters there. She accused French prosecutors of leaking the case.",
    );
    let accusation = b.events.iter().find(|e| e.class == "Accusation");
    let accusation = accusation.expect("an accusation");
    assert_eq!(accusation.agents, ["person/sofia-haddad"]);
}
