//! Where the session history lives: `$ENTENTE_HISTORY` when set (empty: keep none), else
//! `history` in entente's folder of the user's data directory
//! (`~/.local/share/entente/history` on Linux).

use std::ffi::OsString;
use std::path::PathBuf;

/// The variable that moves (or, set empty, disables) the history file.
pub const HISTORY_VAR: &str = "ENTENTE_HISTORY";

/// The history file to load and append to, if any.
pub fn history_path() -> Option<PathBuf> {
    resolve(std::env::var_os(HISTORY_VAR), dirs::data_dir())
}

/// Most entries kept.
pub const MAX_ENTRIES: usize = 10_000;

fn resolve(variable: Option<OsString>, data_dir: Option<PathBuf>) -> Option<PathBuf> {
    match variable {
        Some(value) if value.is_empty() => None,
        Some(value) => Some(PathBuf::from(value)),
        None => data_dir.map(|dir| dir.join("entente").join("history")),
    }
}

/// Makes sure the folder of the history file exists.
pub fn prepare(path: &std::path::Path) -> std::io::Result<()> {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => std::fs::create_dir_all(parent),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;
    use std::path::PathBuf;

    use super::resolve;

    #[test]
    fn the_variable_overrides_or_disables_the_data_directory() {
        let data = Some(PathBuf::from("/home/a/.local/share"));
        assert_eq!(
            resolve(None, data.clone()),
            Some(PathBuf::from("/home/a/.local/share/entente/history"))
        );
        assert_eq!(
            resolve(Some(OsString::from("/tmp/h")), data.clone()),
            Some(PathBuf::from("/tmp/h"))
        );
        assert_eq!(resolve(Some(OsString::new()), data), None);
        assert_eq!(resolve(None, None), None);
    }
}
