//! A site's navigation scraped above the headline: skip links, menu, search and account
//! buttons standing alone on their lines ("Skip to content", "Menu", "Subscribe"). They
//! are page furniture, and the short name beside them is the site's, not a headline.

/// Lines of a site's navigation, compared ignoring case and a final `:` or `…`. Only read
/// above the headline: a body never has them alone on a line there.
const NAVIGATION_LINES: &[&str] = &[
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "skip navigation",
    "toggle navigation",
    "menu",
    "main menu",
    "open menu",
    "close menu",
    "search",
    "open search",
    "subscribe",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "my account",
    "account",
    "newsletters",
    "e-paper",
];

/// A line of the site's navigation ("Skip to main content", "Sign in"), or several of
/// them side by side, apart by wide spaces or bars ("Search    Subscribe    Log in").
pub fn is_navigation(line: &str) -> bool {
    if line.len() > 80 {
        return false;
    }
    let lower = line.to_lowercase();
    let is_item =
        |item: &str| NAVIGATION_LINES.contains(&item.trim_end_matches([':', '…']).trim_end());
    if is_item(lower.trim()) {
        return true;
    }
    let mut items = menu_items(&lower).peekable();
    if items.peek().is_some() && items.all(is_item) {
        return true;
    }
    is_section_menu(line)
}

/// A menu of a site's sections or of sharing buttons: four items or more side by side,
/// apart by wide spaces or bars, each of one to three words, the first capitalized
/// ("Home   World   Economy   Live TV", "Share | Facebook | X | Copy link"). Above the
/// headline it is navigation; in the body, furniture.
pub fn is_section_menu(line: &str) -> bool {
    if !line.contains("  ") && !line.contains(['|', '·', '•', '\t']) {
        return false;
    }
    let items: Vec<&str> = menu_items(line).collect();
    let is_section = |item: &&str| {
        let words: Vec<&str> = item.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words[0].chars().next().is_some_and(char::is_uppercase)
            && !item.ends_with(['.', ',', ':', ';'])
    };
    items.len() >= 4 && items.iter().all(is_section)
}

/// The items of a line laid out as a menu: apart by bars, dots, tabs or wide spaces.
fn menu_items(line: &str) -> impl Iterator<Item = &str> {
    line.split(['|', '·', '•', '\t'])
        .flat_map(|part| part.split("  "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

#[cfg(test)]
mod tests {
    use super::is_navigation;

    #[test]
    fn navigation_lines_stand_alone() {
        assert!(is_navigation("Skip to main content"));
        assert!(is_navigation("MENU"));
        assert!(is_navigation("Sign in"));
        assert!(!is_navigation("Search for survivors continues"));
        assert!(!is_navigation("Subscribers lose access to the archive"));
        assert!(is_navigation("Search    Subscribe    Log in"));
        assert!(is_navigation("Menu | Search | Sign in"));
        assert!(!is_navigation("Search  for survivors continues"));
        assert!(!is_navigation("Menu | Politics"));
        // Sections and sharing buttons, four or more side by side.
        assert!(is_navigation(
            "Home   Nation   World   Business   Opinion   Live TV"
        ));
        assert!(is_navigation("Share | Facebook | X | Email | Copy link"));
        assert!(!is_navigation("Home   World   Sport"));
        assert!(!is_navigation(
            "Ministers Meet   Talks Fail   Envoys Recalled   Trade Hit."
        ));
    }
}
