//! A small builder around the real `entente` binary: a fresh store per test, commands run
//! with `--store`, output captured.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

/// A scratch folder with a store in it.
pub struct Entente {
    dir: TempDir,
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Asserts exit status 0 and returns self.
    #[track_caller]
    pub fn ok(self) -> Output {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts a failing exit status and returns self.
    #[track_caller]
    pub fn fails(self) -> Output {
        assert_ne!(
            self.code, 0,
            "expected failure\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

impl Entente {
    pub fn new() -> Entente {
        Entente {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The scratch folder (the working directory of every run).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// Writes a file below the scratch folder and returns its path.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// Runs `entente --store STORE ARGS…` in the scratch folder.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with_stdin(args, None)
    }

    /// Runs `entente ARGS…` in the scratch folder, the store left to the arguments.
    pub fn run_without_store(&self, args: &[&str]) -> Output {
        self.spawn(args, None)
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let store = self.store();
        let mut all = vec!["--store", store.to_str().expect("UTF-8 temp path")];
        all.extend_from_slice(args);
        self.spawn(&all, stdin)
    }

    /// Runs `entente ARGS…` in the scratch folder with extra environment variables (no
    /// store argument: for runs against a server).
    pub fn run_with_env(&self, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
        self.spawn_with(args, stdin, env)
    }

    fn spawn(&self, args: &[&str], stdin: Option<&str>) -> Output {
        self.spawn_with(args, stdin, &[])
    }

    fn spawn_with(&self, args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_entente"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("ENTENTE_STORE")
            .env_remove("ENTENTE_LEXICONS")
            .env_remove("ENTENTE_ENDPOINT")
            .env_remove("ENTENTE_UPDATE_ENDPOINT")
            .env_remove("ENTENTE_GRAPH_STORE")
            .env_remove("ENTENTE_USER")
            .env_remove("ENTENTE_PASSWORD")
            .env_remove("ENTENTE_NETRC")
            .envs(env.iter().copied())
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("entente runs");
        if let Some(text) = stdin {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
        }
        let output = child.wait_with_output().expect("entente finishes");
        Output {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// `tests/data/…` in the source tree.
pub fn data(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(relative)
}

/// `seeds/` in the source tree.
pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// `queries/` in the source tree.
pub fn queries() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("queries")
}
