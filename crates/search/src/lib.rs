//! CityBadges search: the port every search backend implements. This first version carries the
//! health contract used by readiness checks and the embedded engine's on-disk home; indexing and
//! querying arrive with the search issue.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index unavailable: {0}")]
    Unavailable(String),
}

pub trait SearchEngine: Send + Sync {
    /// A short name for logs and readiness reports.
    fn name(&self) -> &'static str;
    /// Can the engine serve queries and take writes right now?
    fn health(&self) -> Result<(), SearchError>;
}

/// The embedded engine's home: a folder under the data dir.
pub struct EmbeddedEngine {
    dir: PathBuf,
}

impl EmbeddedEngine {
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| SearchError::Unavailable(format!("{}: {e}", dir.display())))?;
        Ok(Self {
            dir: dir.to_path_buf(),
        })
    }
}

impl SearchEngine for EmbeddedEngine {
    fn name(&self) -> &'static str {
        "embedded"
    }

    fn health(&self) -> Result<(), SearchError> {
        // Writable means a probe file can be created and removed.
        let probe = self.dir.join(".health");
        std::fs::write(&probe, b"ok")
            .and_then(|_| std::fs::remove_file(&probe))
            .map_err(|e| SearchError::Unavailable(format!("{}: {e}", self.dir.display())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn healthy_when_its_folder_is_writable_and_not_when_gone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let engine = EmbeddedEngine::open(&dir.path().join("search")).expect("open");
        engine.health().expect("healthy");
        std::fs::remove_dir_all(dir.path().join("search")).expect("remove");
        assert!(engine.health().is_err());
    }
}
