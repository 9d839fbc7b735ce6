//! Who entente is at a server: the user from `--user`, the password from
//! `ENTENTE_PASSWORD`, or both from a netrc-style file (`machine HOST login USER password
//! PASS`, as curl and ftp read it). The parser is pure; reading the file is the caller's.

/// A user name and its password.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials {{ user: {:?}, password: … }}", self.user)
    }
}

/// One `machine` (or `default`) entry of a netrc file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Entry {
    /// `None` for the `default` entry.
    machine: Option<String>,
    login: Option<String>,
    password: Option<String>,
}

/// The login and password a netrc text gives for `host` (its `machine` entry, else its
/// `default` one), keeping only entries for `user` when one is given.
pub fn from_netrc(text: &str, host: &str, user: Option<&str>) -> Option<Credentials> {
    let entries = parse(text);
    let fits = |entry: &&Entry| {
        entry.password.is_some()
            && match (user, entry.login.as_deref()) {
                (Some(wanted), Some(login)) => wanted == login,
                (Some(_), None) => true,
                (None, login) => login.is_some(),
            }
    };
    let entry = entries
        .iter()
        .filter(|e| {
            e.machine
                .as_deref()
                .is_some_and(|m| m.eq_ignore_ascii_case(host))
        })
        .find(fits)
        .or_else(|| entries.iter().filter(|e| e.machine.is_none()).find(fits))?;
    Some(Credentials {
        user: user
            .map(str::to_string)
            .or_else(|| entry.login.clone())
            .unwrap_or_default(),
        password: entry.password.clone().unwrap_or_default(),
    })
}

/// The entries of a netrc text; `macdef` bodies (up to a blank line) are skipped.
fn parse(text: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let line = line.split('#').next().unwrap_or_default();
        let mut tokens = line.split_whitespace();
        while let Some(token) = tokens.next() {
            match token {
                "machine" => entries.push(Entry {
                    machine: tokens.next().map(str::to_string),
                    ..Entry::default()
                }),
                "default" => entries.push(Entry::default()),
                "login" => {
                    if let Some(entry) = entries.last_mut() {
                        entry.login = tokens.next().map(str::to_string);
                    }
                }
                "password" => {
                    if let Some(entry) = entries.last_mut() {
                        entry.password = tokens.next().map(str::to_string);
                    }
                }
                "account" => {
                    tokens.next();
                }
                "macdef" => {
                    for body in lines.by_ref() {
                        if body.trim().is_empty() {
                            break;
                        }
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::{Credentials, from_netrc};

    const NETRC: &str = "# servers\n\
        machine db.example.org login alice password s3cret\n\
        machine localhost\n  login dba\n  password dba-pass\n\
        macdef init\n  cd /pub\n\n\
        default login anonymous password guest\n";

    #[test]
    fn the_machine_entry_wins_then_the_default() {
        assert_eq!(
            from_netrc(NETRC, "db.example.org", None),
            Some(Credentials {
                user: "alice".into(),
                password: "s3cret".into()
            })
        );
        assert_eq!(
            from_netrc(NETRC, "LOCALHOST", None).map(|c| c.password),
            Some("dba-pass".into())
        );
        assert_eq!(
            from_netrc(NETRC, "elsewhere", None).map(|c| c.user),
            Some("anonymous".into())
        );
    }

    #[test]
    fn a_given_user_picks_its_own_entry() {
        assert_eq!(
            from_netrc(NETRC, "db.example.org", Some("bob")),
            None,
            "alice's password is not bob's; the default entry is for anonymous"
        );
        assert_eq!(
            from_netrc(NETRC, "db.example.org", Some("alice")).map(|c| c.password),
            Some("s3cret".into())
        );
        assert_eq!(
            from_netrc("machine h login a password p", "h", Some("b")),
            None
        );
        assert_eq!(from_netrc("", "h", None), None);
    }
}
