//! Whole headers of scraped pages, wire copy and press releases read through `read_text`:
//! section labels, breadcrumbs and letterheads above the headline, bylines in capitals,
//! times before dates, places beside dates, and offices named as the source.

use crate::reader::Article;
use crate::reader::text::read_text;

pub(super) fn article(text: &str) -> Article {
    read_text("page.txt", text).expect("should read")
}

pub(super) fn metadata(read: &Article) -> (&str, Option<&str>, Option<&str>) {
    (
        read.title.as_str(),
        read.author.as_deref(),
        read.published.as_deref(),
    )
}

#[test]
fn section_path_above_the_headline_and_a_place_with_the_date() {
    let read = article(
        "Economy | Shipping\nDam Project Wins Backing From Regional Lenders\nBy Kofi Mensah\n\
         Accra | Thu, March 12, 2026 | 09:30 am\n\n\
         ACCRA — Regional lenders agreed on Thursday to fund the dam.\n\nWork starts in May.\n",
    );
    assert_eq!(
        metadata(&read),
        (
            "Dam Project Wins Backing From Regional Lenders",
            Some("Kofi Mensah"),
            Some("2026-03-12T09:30:00")
        )
    );
    assert_eq!(
        read.text,
        "ACCRA — Regional lenders agreed on Thursday to fund the dam.\n\nWork starts in May."
    );
}

#[test]
fn byline_in_capitals_and_an_update_time_before_its_date() {
    let read = article(
        "Coast Guard Detains Trawler Near Disputed Reef\nBy ANA DOS SANTOS\n\
         Updated 6:15 AM EST, February 3, 2026\n\nThe coast guard detained a trawler on Tuesday.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Coast Guard Detains Trawler Near Disputed Reef",
            Some("Ana dos Santos"),
            Some("2026-02-03T06:15:00")
        )
    );
    assert_eq!(read.text, "The coast guard detained a trawler on Tuesday.");
    let read = article(
        "Envoy Recalled\nBY PIETER VAN DER LINDE\nPosted 11:05 PM GMT, May 9, 2026\n\nThe envoy left.",
    );
    assert_eq!(read.author.as_deref(), Some("Pieter van der Linde"));
    assert_eq!(read.published.as_deref(), Some("2026-05-09T23:05:00Z"));
}

#[test]
fn issuing_body_and_section_above_the_headline_and_a_source_office() {
    let read = article(
        "Ministry of Fisheries and Marine Resources | Press Releases\n\
         Ministry Signs Joint Patrol Accord With Neighbour\nReleased: 21 May 2026\n\
         Source: Communications and Outreach Unit\n\n\
         The ministry on Thursday signed a patrol accord with its neighbour.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Ministry Signs Joint Patrol Accord With Neighbour",
            Some("Communications and Outreach Unit"),
            Some("2026-05-21")
        )
    );
    assert_eq!(
        read.text,
        "The ministry on Thursday signed a patrol accord with its neighbour."
    );
}

#[test]
fn a_byline_wins_over_a_source_office_in_any_order() {
    let read = article(
        "Quota Talks Resume\nSource: Ministry Press Office\nBy Marta Kowalczyk\n2026-05-02\n\nTalks resumed.",
    );
    assert_eq!(read.author.as_deref(), Some("Marta Kowalczyk"));
    assert_eq!(read.text, "Talks resumed.");
}

#[test]
fn headline_with_the_site_name_then_a_breadcrumb_and_the_headline_again() {
    let read = article(
        "Farmers Block Border Crossing Over Import Rules | The Evening Ledger\n\
         Home > Economy > Agriculture\nFarmers Block Border Crossing Over Import Rules\n\
         By Henrik Olsen\nPublished: 04.09.2026 - 14:10 | Updated: 04.09.2026 - 16:45\n\n\
         Farmers drove tractors to the crossing on Friday.\n",
    );
    assert_eq!(
        metadata(&read),
        (
            "Farmers Block Border Crossing Over Import Rules",
            Some("Henrik Olsen"),
            Some("2026-09-04T14:10:00")
        )
    );
    assert_eq!(
        read.text,
        "Farmers drove tractors to the crossing on Friday."
    );
}

#[test]
fn the_site_name_is_dropped_from_a_headline_repeated_under_it() {
    let read = article(
        "Rail Strike Ends | Northern Courier\n\nRail Strike Ends\n\nTrains ran again on Monday.",
    );
    assert_eq!(read.title, "Rail Strike Ends");
    assert_eq!(read.text, "Trains ran again on Monday.");
    // Without the headline repeated, a site's name after the last `|` goes too, and a
    // date after dashes with the site's name before it.
    let read = article("Rail Strike Ends | Northern Courier\n\nTrains ran again on Monday.");
    assert_eq!(read.title, "Rail Strike Ends");
    let read = article("Rail Strike Ends – NC – 03/05/2026\n\nTrains ran again on Monday.");
    assert_eq!(read.title, "Rail Strike Ends");
    // What is no name stays: "what it means" is part of the headline.
    let read = article("Rail Strike Ends | what it means for you\n\nTrains ran again on Monday.");
    assert_eq!(read.title, "Rail Strike Ends | what it means for you");
    let read = article("Rail Strike Ends - Unions Claim Win\n\nTrains ran again on Monday.");
    assert_eq!(read.title, "Rail Strike Ends - Unions Claim Win");
}

#[test]
fn breadcrumb_then_byline_and_date_on_one_line() {
    let read = article(
        "Home / Asia / Politics\nCoalition Talks Collapse in Capital\n\
         Written by Lena Park | Posted 5 Dec 2026, 7:40 pm ICT\n\
         Coalition Talks Collapse in Capital\nAdvertisement\n\n\
         The coalition talks collapsed on Saturday.\n",
    );
    assert_eq!(
        metadata(&read),
        (
            "Coalition Talks Collapse in Capital",
            Some("Lena Park"),
            Some("2026-12-05T19:40:00")
        )
    );
    assert_eq!(read.text, "The coalition talks collapsed on Saturday.");
}

#[test]
fn letterhead_in_capitals_then_a_place_and_date_and_the_issuing_office() {
    let read = article(
        "OFFICE OF THE PRIME MINISTER\nKINGDOM OF LESOTHO\nPRESS STATEMENT\n\
         Prime Minister Opens New Border Post at Maputsoe\nFOR IMMEDIATE RELEASE\n\
         Maseru, 2 October 2026\nIssued by: Government Communications Office\n\n\
         The Prime Minister on Friday opened a new border post.\n\nTrade is expected to grow.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Prime Minister Opens New Border Post at Maputsoe",
            Some("Government Communications Office"),
            Some("2026-10-02")
        )
    );
    assert_eq!(
        read.text,
        "The Prime Minister on Friday opened a new border post.\n\nTrade is expected to grow."
    );
    // The issuing office printed in capitals comes out in normal case.
    let read = article(
        "THE CABINET OFFICE\nMEDIA RELEASE\nCabinet Approves Water Treaty\n\
         Apia, 14 January 2027\nISSUED BY: OFFICE OF THE CABINET SECRETARY\n\nCabinet met on Monday.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Cabinet Approves Water Treaty",
            Some("Office of the Cabinet Secretary"),
            Some("2027-01-14")
        )
    );
}

#[test]
fn a_place_and_date_line_is_the_date_only_when_none_is_known() {
    // With a date already in the header, the wire dateline stays in the body.
    let read = article(
        "Talks Resume\nBy Ana Lima\n2026-05-04\n\nMASERU, 4 May 2026\n\nThe talks resumed.",
    );
    assert_eq!(read.published.as_deref(), Some("2026-05-04"));
    assert_eq!(read.text, "MASERU, 4 May 2026\n\nThe talks resumed.");
    // Without one, it dates the article.
    let read = article("Talks Resume\nBy Ana Lima\n\nMASERU, 4 May 2026\n\nThe talks resumed.");
    assert_eq!(read.published.as_deref(), Some("2026-05-04"));
    assert_eq!(read.text, "The talks resumed.");
}

#[test]
fn a_headline_in_capitals_with_a_byline_under_it_stays_the_title() {
    let read = article("MINISTERS AGREE ON FERRY PACT\nBy Jonas Berg\n\nThe ministers agreed.");
    assert_eq!(read.title, "MINISTERS AGREE ON FERRY PACT");
    assert_eq!(read.author.as_deref(), Some("Jonas Berg"));
    // A standfirst under the section path is not a headline, and stays in the body.
    let read = article(
        "Economy | Shipping\nLenders back the dam after two years of talks.\nBy Kofi Mensah\n\nThe lenders agreed.",
    );
    assert!(
        read.text.starts_with("Lenders back the dam"),
        "{}",
        read.text
    );
}

#[test]
fn a_sentence_naming_someone_in_a_town_is_body_text_not_a_byline() {
    let read = article("Border Arrest\nJune 4, 2026\n\nPolice arrested Ana Ruiz in Valencia.\n");
    assert_eq!(read.author, None);
    assert_eq!(read.text, "Police arrested Ana Ruiz in Valencia.");
    // A byline with a particle and its town stays one.
    let read = article(
        "Border Arrest\nAna dos Santos in Valencia\nJune 4, 2026\n\nPolice arrested two men.\n",
    );
    assert_eq!(read.author.as_deref(), Some("Ana dos Santos"));
}

#[test]
fn a_date_between_dashes_with_its_place_and_issuer_under_a_from_label() {
    let read = article(
        "Media release\n\nSamoa and Tokelau renew their shipping accord\n\n\
         From: Department of Maritime Affairs\n\n\
         March 9, 2027 - Apia - Department of Maritime Affairs\n\n\
         Today the two governments renewed the accord for five years.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Samoa and Tokelau renew their shipping accord",
            Some("Department of Maritime Affairs"),
            Some("2027-03-09")
        )
    );
    assert_eq!(
        read.text,
        "Today the two governments renewed the accord for five years."
    );
}

#[test]
fn several_names_under_a_live_label_and_date_and_the_key_events_list() {
    let read = article(
        "Finland and Estonia close ferry route after cable damage – live\n\
         Live coverage | Friday 12 March 2027\nAino Lehtonen and Marek Tamm\n\n\
         Key events\nFerry route closed\nNavy inspects the cable\nShow key events only\n\n\
         16.05 EET\nThe navy said the inspection would take two days.",
    );
    assert_eq!(read.author.as_deref(), Some("Aino Lehtonen and Marek Tamm"));
    assert_eq!(read.published.as_deref(), Some("2027-03-12"));
    assert_eq!(
        read.text,
        "16.05 EET\nThe navy said the inspection would take two days."
    );
}

#[test]
fn a_quoted_headline_and_its_standfirst_under_a_capitals_masthead_with_a_rubric() {
    let read = article(
        "THE HIGHVELD REVIEW | Conversation\n\n\
         'Our salt is not for sale': Botswana's trade minister on exports and the Kazungula bridge\n\n\
         Keabetswe Molefe wants new buyers and faster trucks, and says so plainly\n\n\
         By Lerato Sithole\n11 May 2027\n\n\
         GABORONE — The minister keeps a map of the salt pans on her desk.",
    );
    assert_eq!(
        metadata(&read),
        (
            "'Our salt is not for sale': Botswana's trade minister on exports and the Kazungula bridge",
            Some("Lerato Sithole"),
            Some("2027-05-11")
        )
    );
    // The standfirst stays the body's first paragraph.
    assert_eq!(
        read.text,
        "Keabetswe Molefe wants new buyers and faster trucks, and says so plainly\n\n\
         GABORONE — The minister keeps a map of the salt pans on her desk."
    );
}

#[test]
fn a_section_with_a_lower_case_rubric_above_the_headline_and_a_bare_date() {
    let read = article(
        "Europe | At a glance\n\nPortugal and Cape Verde sign a fisheries protocol\n\n\
         9 January 2027\n\nLISBON - The two governments signed the protocol on Friday.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Portugal and Cape Verde sign a fisheries protocol",
            None,
            Some("2027-01-09")
        )
    );
    assert_eq!(
        read.text,
        "LISBON - The two governments signed the protocol on Friday."
    );
}

#[test]
fn site_navigation_above_the_headline_a_name_over_its_role_and_a_share_bar() {
    let read = article(
        "Skip to main content\nThe Lowveld Courier\nMain menu\nSign in\n\n\
         Mozambique lifts ban on South African poultry\n\n\
         Sipho Mahlangu\nAgriculture Reporter\n2 June 2027 - 08:45\n\n\
         Share\nMastodon\nBluesky\nEmail\n\n\
         MAPUTO — Mozambique lifted its ban on Monday.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Mozambique lifts ban on South African poultry",
            Some("Sipho Mahlangu"),
            Some("2027-06-02T08:45:00")
        )
    );
    assert_eq!(read.text, "MAPUTO — Mozambique lifted its ban on Monday.");
}

#[test]
fn a_site_name_over_a_section_path_and_posted_then_updated_times() {
    let read = article(
        "The Valley Sentinel\nREGION | FARMING\n\n\
         Dairy farmers block border road over milk quotas\n\n\
         By Owen Trelawny\nPosted Feb. 3, 2027 at 7:15 a.m.\nUpdated Feb. 3, 2027 at 11:20 a.m.\n\n\
         PENRITH — Dozens of tractors blocked the road on Tuesday.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Dairy farmers block border road over milk quotas",
            Some("Owen Trelawny"),
            Some("2027-02-03T07:15:00")
        )
    );
    assert_eq!(
        read.text,
        "PENRITH — Dozens of tractors blocked the road on Tuesday."
    );
}

#[test]
fn a_standfirst_then_a_name_with_its_role_and_no_comma() {
    let read = article(
        "Chile and Peru agree to share glacier data\n\
         The accord is the first of its kind in the Andes, but critics say it lacks funding\n\
         Rosa Quispe Andes correspondent\nThu 8 Apr 2027 10.20 GMT\n\n\
         Chile and Peru agreed on Wednesday to share glacier data.",
    );
    assert_eq!(read.author.as_deref(), Some("Rosa Quispe"));
    assert_eq!(read.published.as_deref(), Some("2027-04-08T10:20:00Z"));
    assert_eq!(
        read.text,
        "The accord is the first of its kind in the Andes, but critics say it lacks funding\n\n\
         Chile and Peru agreed on Wednesday to share glacier data."
    );
}

#[test]
fn published_and_updated_on_one_line_with_only_spaces_between() {
    let read = article(
        "Vietnam and Laos open new border gate\nBy Tran Minh\n\
         Published : Jun 21, 2027 - 08:10    Updated : Jun 21, 2027 - 12:45\n\n\
         The gate opened on Monday.",
    );
    assert_eq!(read.published.as_deref(), Some("2027-06-21T08:10:00"));
    assert_eq!(read.text, "The gate opened on Monday.");
}

#[test]
fn a_date_beside_the_time_of_its_last_update() {
    let read = article(
        "Rwanda and Uganda reopen Gatuna crossing\nBy Grace Uwera\n\
         Sunday 14 March 2027 · Last update 17:55 (GMT+2)\n\n\
         17:55 - We end our coverage here.",
    );
    assert_eq!(read.published.as_deref(), Some("2027-03-14"));
    assert_eq!(read.text, "17:55 - We end our coverage here.");
}

#[test]
fn a_rubric_in_capitals_over_a_quoted_headline_and_a_byline_with_a_place() {
    let read = article(
        "Q&A\n'We will pay every cent': Sri Lanka's central bank governor on reserves\n\n\
         By Nimal Perera in Kandy\nFriday 5 February 2027\n\n\
         The governor spoke in his office on Thursday.",
    );
    assert_eq!(
        metadata(&read),
        (
            "'We will pay every cent': Sri Lanka's central bank governor on reserves",
            Some("Nimal Perera"),
            Some("2027-02-05")
        )
    );
}

#[test]
fn an_issuing_institution_over_its_section_label() {
    let read = article(
        "Ministry of External Relations of Angola\nNews Releases\n\n\
         Angola-Namibia Joint Commission Meets in Luanda\n\nAugust 4, 2027\n\n\
         1. The joint commission met on August 4.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Angola-Namibia Joint Commission Meets in Luanda",
            None,
            Some("2027-08-04")
        )
    );
    assert_eq!(read.text, "1. The joint commission met on August 4.");
}

#[test]
fn a_writer_first_among_three_segments_beside_the_date() {
    for (line, published) in [
        (
            "Odile Ferrand | Libreville | Monday, 8 March 2027",
            "2027-03-08",
        ),
        ("Odile Ferrand • 8 Mar 2027 • 5 min read", "2027-03-08"),
    ] {
        let read = article(&format!(
            "Gabon and Congo sign river accord\n{line}\n\nThe accord was signed on Monday."
        ));
        assert_eq!(
            metadata(&read),
            (
                "Gabon and Congo sign river accord",
                Some("Odile Ferrand"),
                Some(published)
            ),
            "{line}"
        );
    }
    // A section's name in the writer's place is a label.
    let read = article(
        "Gabon and Congo sign river accord\nWorld News | Africa | 8 March 2027\n\n\
         The accord was signed on Monday.",
    );
    assert_eq!(read.author, None);
    assert_eq!(read.published.as_deref(), Some("2027-03-08"));
}

#[test]
fn a_wire_page_with_year_and_time_glued_and_an_update_age() {
    let read = article(
        "Gabon and Congo sign river accord\n\
         March 8, 20274:05 PM GMTUpdated 3 hours ago\n\n\
         The accord was signed on Monday.",
    );
    assert_eq!(read.published.as_deref(), Some("2027-03-08T16:05:00Z"));
    assert_eq!(read.text, "The accord was signed on Monday.");
}

#[test]
fn a_date_with_its_place_or_reading_time_after_a_long_dash() {
    for line in [
        "Libreville, Gabon — Mar 8, 2027",
        "8 March 2027 — 4 min read",
    ] {
        let read = article(&format!(
            "Gabon and Congo sign river accord\n{line}\n\nThe accord was signed on Monday."
        ));
        assert_eq!(read.published.as_deref(), Some("2027-03-08"), "{line}");
        assert_eq!(read.text, "The accord was signed on Monday.", "{line}");
    }
}

#[test]
fn a_byline_beside_the_agency_name() {
    let read = article(
        "Gabon and Congo sign river accord\nBy Odile Ferrand | Reuters\n8 March 2027\n\n\
         The accord was signed on Monday.",
    );
    assert_eq!(read.author.as_deref(), Some("Odile Ferrand"));
    assert_eq!(read.text, "The accord was signed on Monday.");
}

#[test]
fn a_writer_over_their_outlet_and_the_date() {
    let read = article(
        "Ferry Service Resumes Across Lake\nTomas Berg\nReuters\nApril 2, 2026 8:40 AM GMT+2\n\n\
         The ferry crossed the lake on Thursday for the first time in a year.\n",
    );
    assert_eq!(
        metadata(&read),
        (
            "Ferry Service Resumes Across Lake",
            Some("Tomas Berg"),
            Some("2026-04-02T08:40:00+02:00")
        )
    );
    assert_eq!(
        read.text,
        "The ferry crossed the lake on Thursday for the first time in a year."
    );
    // The outlet after a comma on a byline is not part of the name.
    let read = article(
        "Ferry Service Resumes\nBy Tomas Berg, Reuters\nApril 2, 2026\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.author.as_deref(), Some("Tomas Berg"));
}

#[test]
fn a_writer_under_the_date_over_a_reading_time() {
    let read = article(
        "Ferry Service Resumes\n\nApril 2, 2026 / 8:40 AM / Updated an hour ago\n\nTomas Berg\n\n\
         4 Min Read\n\nThe ferry crossed the lake on Thursday.",
    );
    assert_eq!(read.author.as_deref(), Some("Tomas Berg"));
    assert_eq!(read.published.as_deref(), Some("2026-04-02T08:40:00"));
    assert_eq!(read.text, "The ferry crossed the lake on Thursday.");
}

#[test]
fn a_date_said_twice_on_its_line() {
    let read = article(
        "Ferry Service Resumes\nBy Tomas Berg\nPublished On 2 Apr 2026 2 Apr 2026\n\n\
         The ferry crossed the lake on Thursday.",
    );
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
    assert_eq!(read.text, "The ferry crossed the lake on Thursday.");
}

#[test]
fn a_date_in_numbers_that_reads_either_way_gives_way_to_one_written_out() {
    let read = article(
        "Ferry Service Resumes\nTomas Berg\n04/02/2026\nApril 2, 2026\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
    assert_eq!(read.author.as_deref(), Some("Tomas Berg"));
    // Alone, it is read day first.
    let read =
        article("Ferry Service Resumes\nTomas Berg\n04/02/2026\n\nThe ferry crossed the lake.");
    assert_eq!(read.published.as_deref(), Some("2026-02-04"));
}

#[test]
fn a_writer_after_the_date_on_its_line() {
    let read = article(
        "Ferry Service Resumes\n\nThursday, 02 April 2026 | Tomas Berg\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.author.as_deref(), Some("Tomas Berg"));
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
    // A place before the date is still a place.
    let read = article(
        "Ferry Service Resumes\n\nLake Town | 02 April 2026\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.author, None);
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
}

#[test]
fn a_bullet_between_byline_and_date_and_a_zone_after_a_date_without_time() {
    let read = article(
        "Ferry Service Resumes\nTomas Berg\n•\nApril 2, 2026\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.author.as_deref(), Some("Tomas Berg"));
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
    assert_eq!(read.text, "The ferry crossed the lake.");
    let read = article(
        "Ferry Service Resumes\nPublished: 2 April 2026 (GMT+2)\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
}

#[test]
fn a_releases_reference_number_and_a_date_then_its_writer() {
    let read = article(
        "Ministry of Fisheries\nPress Release\nNo. 45/2026\n\nFerry Service Resumes\n\n\
         Date: 02.04.2026\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.title, "Ferry Service Resumes");
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
    let read = article(
        "Ferry Service Resumes\n\nPosted on April 2, 2026 by Tomas Berg\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.author.as_deref(), Some("Tomas Berg"));
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
    assert_eq!(read.text, "The ferry crossed the lake.");
}

#[test]
fn a_papers_name_over_the_date_is_no_writer_and_page_furniture_is_no_body() {
    let read = article(
        "Ferry Service Resumes\nThe Lakeside Herald\nApril 2, 2026\n\nThe ferry crossed the lake.",
    );
    assert_eq!(read.author, None);
    assert_eq!(read.published.as_deref(), Some("2026-04-02"));
    assert_eq!(read.text, "The ferry crossed the lake.");
    let read = article(
        "Ferry Service Resumes\nBy Tomas Berg\nApril 2, 2026\nFollow\n\nListen to this article\n4 min\n\n\
         The ferry crossed the lake.",
    );
    assert_eq!(read.author.as_deref(), Some("Tomas Berg"));
    assert_eq!(read.text, "The ferry crossed the lake.");
}

#[test]
fn a_wire_dateline_opening_the_body_dates_an_article_with_no_other_date() {
    let read = article("Talks Resume\n\nMASERU, 4 May 2026 (Wire) - The talks resumed.\n\nMore.");
    assert_eq!(read.published.as_deref(), Some("2026-05-04"));
    assert_eq!(
        read.text,
        "MASERU, 4 May 2026 (Wire) - The talks resumed.\n\nMore."
    );
    // A date over the body wins.
    let read =
        article("Talks Resume\n2026-05-05\n\nMASERU, 4 May 2026 (Wire) - The talks resumed.");
    assert_eq!(read.published.as_deref(), Some("2026-05-05"));
}

#[test]
fn an_issuers_names_over_a_release_whose_date_line_is_under_its_headline() {
    let read = article(
        "Republic of Tamaru\nMinistry of External Relations, Trade and Diaspora Affairs\n\n\
         Minister's visit to the northern provinces of Kelemba\n\nPort Alban, 9 April 2026\n\n\
         The minister arrived on Thursday.\n\nShe left on Friday.",
    );
    assert_eq!(
        metadata(&read),
        (
            "Minister's visit to the northern provinces of Kelemba",
            None,
            Some("2026-04-09")
        )
    );
    assert_eq!(
        read.text,
        "The minister arrived on Thursday.\n\nShe left on Friday."
    );
    // An institution's name in a headline's words is the headline.
    let read = article(
        "Ministry of Defence under fire over delays\n\nPort Alban, 9 April 2026\n\nThe ministry said.",
    );
    assert_eq!(read.title, "Ministry of Defence under fire over delays");
}

#[test]
fn a_releases_number_beside_its_label_a_section_menu_and_an_interviewer() {
    let read = article(
        "MINISTRY OF TRADE\nPRESS RELEASE 14/2026\n3.2.2026 11.00\n\n\
         Trade talks with Kelemba open in Port Alban\n\nThe talks opened on Tuesday.",
    );
    assert_eq!(read.title, "Trade talks with Kelemba open in Port Alban");
    let read = article(
        "Tamaru Radio\nHome   News   World   Business   Live TV\n\n\
         Border reopens after two weeks\n\nPosted 4 May 2026\n\nShare   Facebook   X   Email\n\n\
         The border reopened on Monday.",
    );
    assert_eq!(read.title, "Border reopens after two weeks");
    assert_eq!(read.text, "The border reopened on Monday.");
    let read = article(
        "TRANSCRIPT\nTrade after the floods: an envoy speaks\nPublished 21 May 2026\n\
         Interview by Lina Moreau\n\nLina Moreau spoke with the envoy on Wednesday.",
    );
    assert_eq!(read.author.as_deref(), Some("Lina Moreau"));
}

#[test]
fn a_release_under_a_letterhead_with_its_date_signed_at_the_foot() {
    let read = article(
        "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF PALAU\n\nPRESS STATEMENT\n\n\
         Visit of the Prime Minister of Fiji to Palau, 3 to 4 June 2026\n\n\
         The Prime Minister of Fiji is making an official visit to Palau.\n\n\
         The two leaders will discuss fisheries.\n\n\
         MINISTRY OF FOREIGN AFFAIRS\nKOROR\n4 JUNE 2026\n",
    );
    assert_eq!(
        metadata(&read),
        (
            "Visit of the Prime Minister of Fiji to Palau, 3 to 4 June 2026",
            None,
            Some("2026-06-04")
        )
    );
}

#[test]
fn a_long_release_title_between_its_letterhead_and_its_date_line() {
    let title = "On the second meeting of the Joint Commission on the Rogun dam and the talks \
                 between the Ministers of Foreign Affairs of the Republic of Tajikistan and the \
                 Republic of Uzbekistan held in Dushanbe";
    let read = article(&format!(
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF TAJIKISTAN\nPRESS RELEASE\n\n{title}\n\n\
         Dushanbe, 9 March 2026\n\n1. The ministers met on 9 March.\n"
    ));
    assert_eq!(metadata(&read), (title, None, Some("2026-03-09")));
}

#[test]
fn a_columns_writer_an_editors_note_and_a_papers_number_above_the_headline() {
    let read = article(
        "The lake has gone quiet\nOpinion | Rosa Quispe\nPublished: 20 April 2026\n\n\
         The lake between Peru and Bolivia was busy.\n",
    );
    assert_eq!(
        metadata(&read),
        (
            "The lake has gone quiet",
            Some("Rosa Quispe"),
            Some("2026-04-20")
        )
    );
    let read = article(
        "[Unofficial translation]\n\nChina urges Norway to talk\n\n\
         Source: News Agency | 2026-09-15 09:12 | Reporter: Li Na\n\n\
         Beijing, September 15 — China urged Norway to talk.\n",
    );
    assert_eq!(read.title, "China urges Norway to talk");
    let read = article(
        "ANDES WATER INSTITUTE\nPOLICY BRIEF No. 12\n\nWho owns the glaciers?\n\n\
         Ana Ruiz and Luis Mora\nPublished 12 November 2026\n\nThe glaciers are melting.\n",
    );
    assert_eq!(read.title, "Who owns the glaciers?");
}

#[test]
fn an_agency_line_with_a_date_in_two_calendars_a_story_code_and_a_reporter() {
    let read = article(
        "Ministry Summons Envoy Over Fishing Boat\n\n\
         Caspian Press Agency (CaPA) | 3 Aban 1405 – 25 October 2026, 09:15 | Story code: \
         51207 | Reporter: Leyla Hasanova\n\n\
         Baku – The foreign ministry summoned the envoy on Saturday.\n",
    );
    assert_eq!(
        metadata(&read),
        (
            "Ministry Summons Envoy Over Fishing Boat",
            Some("Leyla Hasanova"),
            Some("2026-10-25T09:15:00")
        )
    );
    assert_eq!(
        read.text,
        "Baku – The foreign ministry summoned the envoy on Saturday."
    );
}

#[test]
fn a_writer_beside_a_desk_or_with_a_research_title() {
    let read = article(
        "Anglers Fined on the Border River\nMarta Lind | Lakeland desk\n17.06.2026 08:30\n\n\
         Four anglers were fined on Saturday.\n",
    );
    assert_eq!(read.author.as_deref(), Some("Marta Lind"));
    assert_eq!(read.text, "Four anglers were fined on Saturday.");
    let read = article(
        "OCEAN POLICY INSTITUTE\n\nAfter the treaty: the contest for the southern seas\n\n\
         Tomas Okoye, Senior Research Fellow\nPublished 2 December 2026\n\n\
         The treaty was ratified in March.\n",
    );
    assert_eq!(read.author.as_deref(), Some("Tomas Okoye"));
    assert_eq!(read.published.as_deref(), Some("2026-12-02"));
}
