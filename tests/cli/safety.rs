//! Shared stores, foreign folders and other ways a store must not be harmed.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::Entente;

#[test]
fn a_second_process_is_told_who_holds_the_store() {
    let e = Entente::new();
    e.run(&[
        "update",
        "-e",
        "INSERT DATA { <http://e.org/a> <http://e.org/b> 1 }",
    ])
    .ok();
    // An update waiting on standard input holds the store open.
    let mut holder = Command::new(env!("CARGO_BIN_EXE_entente"))
        .arg("--store")
        .arg(e.store())
        .arg("update")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the holder has the store open: it names itself in the store folder.
    let deadline = Instant::now() + Duration::from_secs(20);
    let pid = holder.id().to_string();
    while !std::fs::read_to_string(e.store().join("entente.pid"))
        .is_ok_and(|h| h.split(' ').next() == Some(pid.as_str()))
    {
        assert!(
            Instant::now() < deadline,
            "the holder never opened the store"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = e.run(&["stats"]);
    holder
        .stdin
        .take()
        .unwrap()
        .write_all(b"CLEAR DEFAULT")
        .unwrap();
    holder.wait().unwrap();
    let out = out.fails();
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("is in use by another process (pid "),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("update"),
        "names the command: {}",
        out.stderr
    );
    e.run(&["stats"]).ok();
}

#[test]
fn a_folder_that_is_no_store_is_refused_untouched() {
    let e = Entente::new();
    e.write("store/notes.txt", "my notes");
    let out = e.run(&["stats"]).fails();
    assert!(
        out.stderr.contains("is not an entente store"),
        "{}",
        out.stderr
    );
    let names: Vec<_> = std::fs::read_dir(e.store())
        .unwrap()
        .map(|d| d.unwrap().file_name())
        .collect();
    assert_eq!(names, ["notes.txt"]);
    let file = e.write("plain-file", "x");
    let out = e
        .run_without_store(&["--store", file.to_str().unwrap(), "stats"])
        .fails();
    assert!(
        out.stderr.contains("is a file, not a folder"),
        "{}",
        out.stderr
    );
}
