//! Headers of agency and broadcaster pages read through `read_text`: a writer's name over
//! their role past "Share" and "Save", a byline and date parted by a bar, a date between
//! a label and a place parted by dashes, and an agency's date line above the headline.

use crate::reader::header_shapes_tests::{article, metadata};

const BODY: &str = "Chile and Peru signed a fisheries accord in Lima on Monday.\n\n\
                    The accord sets quotas for anchovy fleets of both countries.\n";

#[test]
fn a_name_over_a_role_past_share_and_save_is_the_writer() {
    let read = article(&format!(
        "Chile and Peru sign fisheries accord\n3 March 2026\nShare\nSave\nLucia Ferrer\n\
         South America correspondent\n\n{BODY}"
    ));
    assert_eq!(
        metadata(&read),
        (
            "Chile and Peru sign fisheries accord",
            Some("Lucia Ferrer"),
            Some("2026-03-03")
        )
    );
    assert!(
        read.text.starts_with("Chile and Peru signed"),
        "{}",
        read.text
    );
    // A share list of networks alone is still passed over.
    let read = article(&format!(
        "Chile and Peru sign fisheries accord\n3 March 2026\nShare\nFacebook\nEmail\n\n{BODY}"
    ));
    assert_eq!(read.author, None);
    assert!(
        read.text.starts_with("Chile and Peru signed"),
        "{}",
        read.text
    );
}

#[test]
fn a_byline_and_a_date_parted_by_a_bar() {
    let read = article(&format!(
        "Chile and Peru sign fisheries accord\n\nBy Lucia Ferrer | March 3, 2026\n\n{BODY}"
    ));
    assert_eq!(
        metadata(&read),
        (
            "Chile and Peru sign fisheries accord",
            Some("Lucia Ferrer"),
            Some("2026-03-03")
        )
    );
}

#[test]
fn a_date_between_a_label_and_a_place_parted_by_dashes() {
    let read = article(&format!(
        "Chile and Peru sign fisheries accord\nUpdated - March 03, 2026 09:15 am IST - LIMA\n\n{BODY}"
    ));
    assert_eq!(read.published.as_deref(), Some("2026-03-03T09:15:00"));
    assert_eq!(read.title, "Chile and Peru sign fisheries accord");
}

#[test]
fn an_agency_date_line_with_sections_above_the_headline() {
    let read = article(&format!(
        "ANDES WIRE - Mar 3, 2026 - 09:15 | World, Americas\n\
         Chile and Peru sign fisheries accord\n\n{BODY}"
    ));
    assert_eq!(read.title, "Chile and Peru sign fisheries accord");
    assert_eq!(read.published.as_deref(), Some("2026-03-03T09:15:00"));
}
