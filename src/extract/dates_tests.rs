//! Tests of finding and resolving dates: months, weekdays, relative expressions, month
//! words inside names and years that name texts.

use chrono::NaiveDate;

use crate::extract::dates::{DateKind, DateValue, carry_sentence_year, find_dates, resolve};
use crate::extract::doc::Doc;
use crate::lexicon::Lexicon;

fn first(text: &str, publication: &str, forward: bool) -> Option<String> {
    let lex = Lexicon::embedded().expect("lexicons");
    let doc = Doc::new(text, &lex, 0);
    let publication = NaiveDate::parse_from_str(publication, "%Y-%m-%d").expect("date");
    let found = find_dates(&doc, 0, doc.tokens.len());
    let m = found.first()?;
    resolve(
        m.kind,
        publication,
        forward,
        Some(DateValue::month(2025, 11)),
    )
    .map(|d| d.format())
}

#[test]
fn a_weekday_of_a_week_named_is_that_day_of_that_week() {
    // 2026-01-22 is a Thursday; the week before it runs from Monday 2026-01-12.
    assert_eq!(
        first("They met on Monday last week.", "2026-01-22", false).as_deref(),
        Some("2026-01-12")
    );
    assert_eq!(
        first("They will meet on Friday next week.", "2026-01-22", true).as_deref(),
        Some("2026-01-30")
    );
    assert_eq!(
        first("They met on Tuesday this week.", "2026-01-22", false).as_deref(),
        Some("2026-01-20")
    );
}

#[test]
fn weekdays_look_back_unless_planned() {
    // 2026-01-20 is a Tuesday.
    assert_eq!(
        first("They met on Monday.", "2026-01-20", false).as_deref(),
        Some("2026-01-19")
    );
    assert_eq!(
        first("They met on Tuesday.", "2026-01-20", false).as_deref(),
        Some("2026-01-20")
    );
    assert_eq!(
        first("They will meet on Friday.", "2026-01-20", true).as_deref(),
        Some("2026-01-23")
    );
}

#[test]
fn month_words_inside_names_are_no_dates() {
    assert_eq!(
        first("Defence Minister Dong Jun arrived.", "2026-01-20", false),
        None
    );
    assert_eq!(first("Jan Lipavsky met them.", "2026-01-20", false), None);
    assert_eq!(
        first("Jan. 12 was the day.", "2026-01-20", false).as_deref(),
        Some("2026-01-12")
    );
    assert_eq!(
        first("Since March the border is shut.", "2026-01-20", false).as_deref(),
        Some("2025-03")
    );
    assert_eq!(
        first("Talks in Jun ended.", "2026-08-20", false).as_deref(),
        Some("2026-06")
    );
}

#[test]
fn the_year_of_a_named_text_is_no_date() {
    assert_eq!(
        first(
            "It reaffirmed the 1951 Mutual Defense Treaty.",
            "2026-01-20",
            false
        ),
        None
    );
    assert_eq!(
        first("It left the 2015 Paris Agreement.", "2026-01-20", false),
        None
    );
    assert_eq!(
        first("It won the 2019 election.", "2026-01-20", false).as_deref(),
        Some("2019")
    );
}

#[test]
fn months_and_relative_expressions() {
    assert_eq!(
        first("It happened in mid-October.", "2026-01-20", false).as_deref(),
        Some("2025-10")
    );
    assert_eq!(
        first("It happened two days ago.", "2026-01-20", false).as_deref(),
        Some("2026-01-18")
    );
    assert_eq!(
        first("It happened in October.", "2026-01-20", false).as_deref(),
        Some("2025-10")
    );
    assert_eq!(
        first("It will happen in June.", "2026-03-05", true).as_deref(),
        Some("2026-06")
    );
    assert_eq!(
        first("It happened last month.", "2026-01-20", false).as_deref(),
        Some("2025-12")
    );
    assert_eq!(
        first("It happened last year.", "2026-01-20", false).as_deref(),
        Some("2025")
    );
    assert_eq!(
        first("in March last year", "2026-01-20", false).as_deref(),
        Some("2025-03")
    );
    assert_eq!(
        first("on 12 August 2026", "2026-08-14", false).as_deref(),
        Some("2026-08-12")
    );
    assert_eq!(
        first("on November 1 in Seoul", "2026-03-05", false).as_deref(),
        Some("2025-11-01")
    );
    assert_eq!(
        first("in December 2023", "2026-03-05", false).as_deref(),
        Some("2023-12")
    );
    assert_eq!(
        first("in 2018", "2026-03-05", false).as_deref(),
        Some("2018")
    );
    assert_eq!(
        first("this morning", "2026-03-05", false).as_deref(),
        Some("2026-03-05")
    );
    assert_eq!(first("the next day", "2026-03-05", false), None);
    // A year in a name is no date; after a preposition or a month it is.
    assert_eq!(
        first("charged under the Customs Act 2004", "2026-03-05", false),
        None
    );
    assert_eq!(
        first("a goal of its Vision 2030 plan", "2026-03-05", false),
        None
    );
    assert_eq!(
        first("Trade Fell In 2024 As Tariffs Rose", "2026-03-05", false).as_deref(),
        Some("2024")
    );
    assert_eq!(
        first("A 2019 memorandum lapsed.", "2026-03-05", false).as_deref(),
        Some("2019")
    );
    assert_eq!(
        first("January's arrest", "2026-02-11", false).as_deref(),
        Some("2026-01")
    );
}

#[test]
fn anaphoric_dates_follow_the_previous_one() {
    let publication = NaiveDate::from_ymd_opt(2026, 6, 25).expect("date");
    let previous = Some(DateValue {
        year: 2025,
        month: Some(11),
        day: Some(10),
    });
    assert_eq!(
        resolve(DateKind::NextDay, publication, false, previous)
            .map(|d| d.format())
            .as_deref(),
        Some("2025-11-11")
    );
    assert_eq!(
        resolve(DateKind::SameMonth, publication, false, previous)
            .map(|d| d.format())
            .as_deref(),
        Some("2025-11")
    );
}

/// Kinds found in `text`, in order.
fn kinds(text: &str) -> Vec<DateKind> {
    let lex = Lexicon::embedded().expect("lexicons");
    let doc = Doc::new(text, &lex, 0);
    find_dates(&doc, 0, doc.tokens.len())
        .into_iter()
        .map(|m| m.kind)
        .collect()
}

#[test]
fn days_counted_from_the_day_told_before() {
    assert_eq!(
        kinds("Ankara had protested a day earlier."),
        vec![DateKind::DaysFromPrevious(-1)]
    );
    assert_eq!(
        kinds("Envoys returned three days later, and talks resumed."),
        vec![DateKind::DaysFromPrevious(3)]
    );
    assert_eq!(
        kinds("The ship had docked the day before."),
        vec![DateKind::DaysFromPrevious(-1)]
    );
    assert_eq!(
        kinds("Quito recalled its envoy the previous day."),
        vec![DateKind::DaysFromPrevious(-1)]
    );
    // "the day before the vote" counts from the vote, which is no date told.
    assert!(kinds("They marched the day before the vote.").is_empty());
    let publication = NaiveDate::from_ymd_opt(2026, 6, 25).expect("date");
    let previous = Some(DateValue::day(
        NaiveDate::from_ymd_opt(2026, 3, 1).expect("date"),
    ));
    let back = resolve(DateKind::DaysFromPrevious(-1), publication, false, previous);
    assert_eq!(back.map(|d| d.format()).as_deref(), Some("2026-02-28"));
    // From a month alone no day can be counted.
    let month = Some(DateValue::month(2026, 3));
    assert_eq!(
        resolve(DateKind::DaysFromPrevious(-1), publication, false, month),
        None
    );
}

#[test]
fn ordinal_days_take_the_month_told_or_published() {
    assert_eq!(
        kinds("Troops crossed the river on the 12th of the month."),
        vec![DateKind::DayOfMonth(12)]
    );
    assert_eq!(kinds("on the 3rd"), vec![DateKind::DayOfMonth(3)]);
    let publication = NaiveDate::from_ymd_opt(2026, 6, 10).expect("date");
    let day = |previous| {
        resolve(DateKind::DayOfMonth(12), publication, false, previous).map(|d| d.format())
    };
    // Published on the 10th, "the 12th" told alone is last month's.
    assert_eq!(day(None).as_deref(), Some("2026-05-12"));
    assert_eq!(
        day(Some(DateValue::month(2025, 11))).as_deref(),
        Some("2025-11-12")
    );
    // "the 14th Annual Consultation" is no date.
    assert!(kinds("They held the 14th Annual Consultation.").is_empty());
}

#[test]
fn a_date_belongs_to_its_own_clause() {
    let lex = Lexicon::embedded().expect("lexicons");
    let text = "In May, Chile recalled its envoy after Peru detained two fishermen on Sunday.";
    let doc = Doc::new(text, &lex, 0);
    let found = find_dates(&doc, 0, doc.tokens.len());
    let at = |w: &str| (0..doc.tokens.len()).find(|&k| doc.lower(k) == w).expect(w);
    let (recalled, detained) = (at("recalled"), at("detained"));
    let may = &found[0];
    let sunday = &found[1];
    // The fronted "In May," is the recall's; "on Sunday", after "after", the detention's.
    assert!(super::same_clause(&doc, may, recalled));
    assert!(!super::same_clause(&doc, sunday, recalled));
    assert!(super::same_clause(&doc, sunday, detained));
    assert!(!super::same_clause(&doc, may, detained));
}

#[test]
fn weeks_give_no_date() {
    for text in [
        "Officials met in Lima last week.",
        "Talks resume the following week.",
        "Protesters marched last weekend.",
    ] {
        assert_eq!(kinds(text), vec![DateKind::Undated], "{text}");
    }
    let publication = NaiveDate::from_ymd_opt(2026, 6, 10).expect("date");
    assert_eq!(resolve(DateKind::Undated, publication, false, None), None);
}

#[test]
fn days_apart_only_for_day_dates() {
    let tuesday = DateValue::day(NaiveDate::from_ymd_opt(2026, 6, 9).expect("date"));
    let wednesday = DateValue::day(NaiveDate::from_ymd_opt(2026, 6, 10).expect("date"));
    let later = DateValue::day(NaiveDate::from_ymd_opt(2026, 6, 30).expect("date"));
    assert!(tuesday.within_days(&wednesday, 7));
    assert!(!tuesday.within_days(&later, 7));
    assert!(!DateValue::month(2026, 6).within_days(&tuesday, 7));
}

#[test]
fn a_date_in_a_relative_clause_before_the_act_is_the_clauses() {
    let a = crate::extract::tests::run(
        "Kenya, which signed a trade deal with Uganda in May, imposed tariffs on Tanzania.",
        "2026-06-04",
    );
    let date_of = |class: &str| {
        a.events
            .iter()
            .find(|e| e.class == class)
            .map(|e| e.date.clone())
    };
    assert_eq!(date_of("Agreement"), Some(Some("2026-05".to_string())));
    assert_eq!(date_of("Tariff"), Some(None));
    // A clause that does not close before the act is the act's own.
    let b = crate::extract::tests::run(
        "Kenya imposed tariffs on Tanzania, which it accused in May of dumping sugar.",
        "2026-06-04",
    );
    let accusation = b.events.iter().find(|e| e.class == "Accusation");
    assert_eq!(accusation.and_then(|e| e.date.as_deref()), Some("2026-05"));
}

#[test]
fn a_day_without_a_year_takes_the_year_told_before_it_in_the_sentence() {
    let lex = Lexicon::embedded().expect("lexicons");
    let text = "Peru seized the island on May 2, 1995, and Ecuador sent troops on May 9.";
    let doc = Doc::new(text, &lex, 0);
    let publication = NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let mut found = find_dates(&doc, 0, doc.tokens.len());
    carry_sentence_year(&mut found);
    let days: Vec<String> = found
        .iter()
        .filter_map(|m| resolve(m.kind, publication, false, None))
        .map(|d| d.format())
        .collect();
    assert_eq!(days, ["1995-05-02", "1995-05-09"]);
    // With no year before it, a day is the latest one before publication.
    let doc = Doc::new("Ecuador sent troops on May 9.", &lex, 0);
    let mut found = find_dates(&doc, 0, doc.tokens.len());
    carry_sentence_year(&mut found);
    assert_eq!(
        resolve(found[0].kind, publication, false, None).map(|d| d.format()),
        Some("2026-05-09".to_string())
    );
}

#[test]
fn the_following_year_counts_from_the_date_told_before() {
    let lex = Lexicon::embedded().expect("lexicons");
    let doc = Doc::new("It was ratified the following year.", &lex, 0);
    let publication = NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let found = find_dates(&doc, 0, doc.tokens.len());
    assert_eq!(found.len(), 1);
    let previous = Some(DateValue::month(2012, 4));
    assert_eq!(
        resolve(found[0].kind, publication, false, previous).map(|d| d.format()),
        Some("2013".to_string())
    );
    // "next year" alone counts from publication.
    let doc = Doc::new("They will meet next year.", &lex, 0);
    let found = find_dates(&doc, 0, doc.tokens.len());
    assert_eq!(
        resolve(found[0].kind, publication, true, previous).map(|d| d.format()),
        Some("2027".to_string())
    );
}

#[test]
fn that_and_a_month_is_of_the_year_told_before() {
    // The previous date `first` passes is November 2025.
    assert_eq!(
        first("That March, the border closed.", "2026-06-01", false).as_deref(),
        Some("2025-03")
    );
    // "in March" alone is the most recent March before publication.
    assert_eq!(
        first("In March, the border closed.", "2026-06-01", false).as_deref(),
        Some("2026-03")
    );
    // A lowercase "may" is no month.
    assert!(first("That may change.", "2026-06-01", false).is_none());
}

#[test]
fn dates_are_written_as_formatting_writes_them() {
    let old = |v: &DateValue| match (v.month, v.day) {
        (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", v.year, m, d),
        (Some(m), None) => format!("{:04}-{:02}", v.year, m),
        _ => format!("{:04}", v.year),
    };
    for year in [-12_345, -1, 0, 5, 99, 2026, 9999, 10_000, 123_456] {
        for month in [None, Some(1), Some(12), Some(99), Some(100), Some(1234)] {
            for day in [None, Some(3), Some(31), Some(100)] {
                let v = DateValue { year, month, day };
                assert_eq!(v.format(), old(&v), "{v:?}");
            }
        }
    }
}

#[test]
fn a_range_of_days_before_its_month_is_dated_by_its_first_day() {
    for text in [
        "The visit runs from 9 to 12 September 2026.",
        "The visit runs 9-12 September 2026.",
    ] {
        assert_eq!(
            first(text, "2026-09-01", true).as_deref(),
            Some("2026-09-09"),
            "{text}"
        );
    }
    // A single day before its month is that day.
    assert_eq!(
        first("They met on 12 March.", "2026-04-01", false).as_deref(),
        Some("2026-03-12")
    );
}

#[test]
fn where_a_span_ends_dates_no_act_unless_the_act_waited_for_it() {
    let date_of = |text: &str, class: &str| {
        crate::extract::tests::run(text, "2026-06-04")
            .events
            .into_iter()
            .find(|e| e.class == class)
            .map(|e| e.date)
    };
    assert_eq!(
        date_of(
            "Norway pledged $40 million in aid for Malawi through 2030.",
            "CooperationPledge"
        ),
        Some(None)
    );
    assert_eq!(
        date_of(
            "Canada extended its sanctions on Belarus until March 2028.",
            "Sanction"
        ),
        Some(None)
    );
    // "did not ... until": the act came then.
    assert_eq!(
        date_of("Peru did not recognise Kosovo until 2019.", "Support"),
        Some(Some("2019".to_string()))
    );
}

#[test]
fn a_verb_in_the_present_with_a_weekday_tells_of_what_lies_ahead() {
    // Published Thursday 2026-06-04.
    let a = crate::extract::tests::run(
        "Kenya's president travels to Uganda on Sunday for a two-day visit.",
        "2026-06-04",
    );
    let visit = a.events.iter().find(|e| e.class == "Visit");
    assert_eq!(visit.and_then(|e| e.date.as_deref()), Some("2026-06-07"));
    assert_eq!(
        visit.map(|e| e.status),
        Some(crate::annotation::Status::Planned)
    );
    // In the past tense the weekday is the one before.
    let b = crate::extract::tests::run(
        "Kenya's president travelled to Uganda on Sunday for a two-day visit.",
        "2026-06-04",
    );
    let visit = b.events.iter().find(|e| e.class == "Visit");
    assert_eq!(visit.and_then(|e| e.date.as_deref()), Some("2026-05-31"));
}

#[test]
fn a_verb_in_the_present_with_a_day_of_a_month_tells_of_what_lies_ahead() {
    let a = crate::extract::tests::run(
        "Kenya's president travels to Uganda on April 2 for a two-day visit.",
        "2026-06-04",
    );
    let visit = a.events.iter().find(|e| e.class == "Visit");
    assert_eq!(visit.and_then(|e| e.date.as_deref()), Some("2027-04-02"));
    assert_eq!(
        visit.map(|e| e.status),
        Some(crate::annotation::Status::Planned)
    );
    let b = crate::extract::tests::run(
        "Kenya's president travelled to Uganda on April 2 for a two-day visit.",
        "2026-06-04",
    );
    let visit = b.events.iter().find(|e| e.class == "Visit");
    assert_eq!(visit.and_then(|e| e.date.as_deref()), Some("2026-04-02"));
}

#[test]
fn a_year_that_tells_which_thing_yields_to_another_date() {
    // 2026-01-20 is a Tuesday.
    assert_eq!(
        first(
            "Veterans of the 1982 war marched on Tuesday.",
            "2026-01-20",
            false
        )
        .as_deref(),
        Some("2026-01-20")
    );
    // Alone, it is the sentence's only date.
    assert_eq!(
        first("Veterans of the 1982 war marched.", "2026-01-20", false).as_deref(),
        Some("1982")
    );
}

#[test]
fn where_a_span_starts_does_not_date_what_follows() {
    // 2026-01-20 is a Tuesday.
    let a = crate::extract::tests::run(
        "Kenya and Uganda signed their first accord since 2024 on Tuesday.\n\nAt a news \
         conference afterwards, Kenya urged Uganda to reopen the border.",
        "2026-01-20",
    );
    let request = a.events.iter().find(|e| e.class == "Request");
    assert_eq!(
        request.and_then(|e| e.date.as_deref()),
        Some("2026-01-20"),
        "{:?}",
        a.events
    );
}

#[test]
fn a_day_a_measure_takes_effect_from_dates_no_later_paragraph() {
    // 2026-02-03 is a Tuesday; "from March 1" lies ahead, "on Monday" is when it was said.
    let a = crate::extract::tests::run(
        "Chile will impose duties on Peruvian sugar from March 1, the minister said on \
         Monday.\n\nChile also accused Peru of dumping steel.",
        "2026-02-03",
    );
    let date_of = |class: &str| {
        a.events
            .iter()
            .find(|e| e.class == class)
            .and_then(|e| e.date.clone())
    };
    assert_eq!(date_of("Tariff").as_deref(), Some("2026-03-01"));
    assert_eq!(date_of("Accusation").as_deref(), Some("2026-02-02"));
}
