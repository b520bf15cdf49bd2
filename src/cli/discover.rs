//! Which files to read, in which order, under which output names.
//!
//! Directories are walked recursively in sorted order, taking files with the
//! chosen extension and skipping hidden entries. Symlinked directories are
//! followed only when asked (`--follow`), and then each real directory is walked
//! once: a link back up the tree, or a second link to a directory already walked,
//! is not entered again (no loops, no document read twice). A path named on the
//! command line is always read. Only regular files are read: a FIFO or device
//! would block or never end.

use super::ErrorBody;
use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// One input file.
#[derive(Clone, Debug)]
pub struct Input {
    pub path: PathBuf,
    /// The path as it appears in output: relative to the directory argument when walking one.
    pub display: String,
    /// Relative output path (no root, no `..`), without the `.json` suffix.
    pub out_rel: PathBuf,
    /// Set when the input cannot be read at all (missing path, not a file).
    pub error: Option<ErrorBody>,
    /// Size in bytes when discovered (0 when unknown), for chunking by volume.
    pub len: u64,
    /// What discovery's `stat` saw, so that later checks need no second one.
    pub seen: Seen,
}

/// The file identity and type that discovery's `stat` (following symlinks) saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    /// (device, inode) on Unix; `None` when unknown (not stat-ed, or not Unix).
    pub id: Option<(u64, u64)>,
    /// A regular file at discovery. [`read_input`] then skips its own `stat`
    /// before opening (it still checks the opened handle).
    pub regular: bool,
}

impl Seen {
    fn of(m: &fs::Metadata) -> Seen {
        Seen {
            id: file_id(m),
            regular: m.is_file(),
        }
    }
}

#[cfg(unix)]
fn file_id(m: &fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_id(_: &fs::Metadata) -> Option<(u64, u64)> {
    None
}

fn error(code: &str, message: String) -> Option<ErrorBody> {
    Some(ErrorBody {
        code: code.to_string(),
        message,
    })
}

/// Expands command-line paths into inputs, in argument order, each directory sorted;
/// `follow`: walk symlinked directories too (each real directory once).
pub fn discover(paths: &[PathBuf], ext: &str, follow: bool) -> Vec<Input> {
    let ext = ext.trim_start_matches('.');
    let mut out = Vec::new();
    for p in paths {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                let mut walker = Walker {
                    ext,
                    follow,
                    seen: HashSet::new(),
                };
                if follow {
                    if let Ok(c) = fs::canonicalize(p) {
                        walker.seen.insert(c);
                    }
                }
                walker.walk(p, &mut files, 0);
                files.sort_by(|a, b| a.0.cmp(&b.0));
                if files.is_empty() {
                    out.push(Input {
                        display: p.to_string_lossy().into_owned(),
                        out_rel: safe_rel(p),
                        path: p.clone(),
                        error: error(
                            "no_inputs",
                            format!(
                                "directory holds no *.{ext} files (hidden files are skipped; --ext changes the extension)"
                            ),
                        ),
                        len: 0,
                        seen: Seen::default(),
                    });
                }
                for (f, err) in files {
                    let rel = f.strip_prefix(p).unwrap_or(&f).to_path_buf();
                    let (len, seen) = match fs::metadata(&f) {
                        Ok(m) => (m.len(), Seen::of(&m)),
                        Err(_) => (0, Seen::default()),
                    };
                    out.push(Input {
                        display: rel.to_string_lossy().into_owned(),
                        out_rel: safe_rel(&rel),
                        path: f,
                        error: err,
                        len,
                        seen,
                    });
                }
            }
            Ok(m) => out.push(Input {
                display: p.to_string_lossy().into_owned(),
                out_rel: safe_rel(p),
                path: p.clone(),
                error: None,
                len: m.len(),
                seen: Seen::of(&m),
            }),
            Err(e) => out.push(Input {
                display: p.to_string_lossy().into_owned(),
                out_rel: safe_rel(p),
                path: p.clone(),
                error: error(io_code(&e), format!("cannot read: {e}")),
                len: 0,
                seen: Seen::default(),
            }),
        }
    }
    disambiguate(&mut out);
    out
}

/// Two inputs shown under one name (`x.txt` found under two directory arguments, or
/// walked and also named) would share one `doc` in the facts and one `path` in the
/// output: each of them is shown by its path as given instead (`d1/x.txt`,
/// `d2/x.txt`). Names that occur once stay relative to their directory argument.
/// Repeated until no name is shared, since a path as given may equal another input's
/// relative name (`a/x.txt` walked under `b`); a name still shared once every holder
/// shows its path as given is one file named twice, and stays.
fn disambiguate(inputs: &mut [Input]) {
    loop {
        let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for i in inputs.iter() {
            *count.entry(i.display.as_str()).or_default() += 1;
        }
        let shared: HashSet<String> = count
            .into_iter()
            .filter(|&(_, n)| n > 1)
            .map(|(d, _)| d.to_string())
            .collect();
        let mut changed = false;
        for i in inputs.iter_mut() {
            if shared.contains(&i.display) {
                let given = i.path.to_string_lossy();
                if i.display != given {
                    i.display = given.into_owned();
                    changed = true;
                }
            }
        }
        // each round moves at least one input to its path as given, never back
        if !changed {
            return;
        }
    }
}

const MAX_DEPTH: usize = 64;

/// One directory argument's walk.
struct Walker<'a> {
    ext: &'a str,
    /// Follow symlinked directories.
    follow: bool,
    /// With `follow`: the real paths of the directories walked so far.
    seen: HashSet<PathBuf>,
}

impl Walker<'_> {
    /// Collects the files under `dir` with extension `ext`; a directory that cannot
    /// be listed, or lies deeper than [`MAX_DEPTH`], becomes an entry with an error
    /// so that it shows in the run's error records instead of vanishing.
    fn walk(&mut self, dir: &Path, out: &mut Vec<(PathBuf, Option<ErrorBody>)>, depth: usize) {
        if depth > MAX_DEPTH {
            out.push((
                dir.to_path_buf(),
                error(
                    "too_deep",
                    format!("directory nested deeper than {MAX_DEPTH} levels, not walked"),
                ),
            ));
            return;
        }
        let rd = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => {
                out.push((
                    dir.to_path_buf(),
                    error(io_code(&e), format!("cannot list directory: {e}")),
                ));
                return;
            }
        };
        // in name order, so that which of two links to one directory is walked does
        // not depend on the file system's listing order
        let mut entries: Vec<fs::DirEntry> = rd.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                if self.follow && !self.first_visit(&path) {
                    continue;
                }
                self.walk(&path, out, depth + 1);
            } else if ft.is_symlink() && self.follow && path.is_dir() {
                // a symlinked directory: entered once per real directory
                if self.first_visit(&path) {
                    self.walk(&path, out, depth + 1);
                }
            } else if path
                .extension()
                .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(self.ext))
            {
                // regular files and symlinks to files (and, without `follow`, symlinked
                // directories with the extension's name, which then fail as `not_a_file`)
                out.push((path, None));
            }
        }
    }

    /// True the first time the real directory behind `path` is met on this walk.
    fn first_visit(&mut self, path: &Path) -> bool {
        match fs::canonicalize(path) {
            Ok(c) => self.seen.insert(c),
            // cannot resolve: walk it, `read_dir` reports what is wrong
            Err(_) => true,
        }
    }
}

/// A relative path that cannot escape the output directory.
pub fn safe_rel(p: &Path) -> PathBuf {
    let mut r = PathBuf::new();
    for c in p.components() {
        if let Component::Normal(s) = c {
            r.push(s);
        }
    }
    if r.as_os_str().is_empty() {
        r.push("input");
    }
    r
}

/// Reads a regular file of at most `max_bytes` bytes. `seen_regular`: discovery
/// already found a regular file here, so the `stat` before opening (which keeps a
/// FIFO or device from being opened at all) is skipped; the opened handle is
/// checked either way.
pub fn read_input(path: &Path, max_bytes: u64, seen_regular: bool) -> Result<Vec<u8>, ErrorBody> {
    let e = |code: &str, message: String| ErrorBody {
        code: code.to_string(),
        message,
    };
    let too_large = |len: u64| {
        e(
            "too_large",
            format!(
                "file is {len} bytes, over the limit of {max_bytes} bytes (raise it with --max-bytes)"
            ),
        )
    };
    if !seen_regular {
        let meta =
            fs::metadata(path).map_err(|err| e(io_code(&err), format!("cannot read: {err}")))?;
        if meta.is_dir() {
            return Err(e("not_a_file", "is a directory".into()));
        }
        if !meta.is_file() {
            return Err(e(
                "not_a_file",
                "not a regular file (FIFO, socket or device)".into(),
            ));
        }
        if meta.len() > max_bytes {
            return Err(too_large(meta.len()));
        }
    }
    let mut f =
        open_nonblocking(path).map_err(|err| e("unreadable", format!("cannot open: {err}")))?;
    // The path may have been swapped for a FIFO or device since `metadata`:
    // check the opened handle itself.
    let len = match f.metadata() {
        Ok(m) if m.is_file() => m.len(),
        Ok(m) if m.is_dir() => return Err(e("not_a_file", "is a directory".into())),
        Ok(_) => {
            return Err(e(
                "not_a_file",
                "not a regular file (FIFO, socket or device)".into(),
            ))
        }
        Err(err) => return Err(e("unreadable", format!("cannot read: {err}"))),
    };
    if len > max_bytes {
        return Err(too_large(len));
    }
    let mut buf = Vec::with_capacity(len as usize);
    // read at most one byte past the limit, in case the file grew
    (&mut f)
        .take(max_bytes + 1)
        .read_to_end(&mut buf)
        .map_err(|err| e("unreadable", format!("cannot read: {err}")))?;
    if buf.len() as u64 > max_bytes {
        return Err(e(
            "too_large",
            format!("file is over the limit of {max_bytes} bytes (raise it with --max-bytes)"),
        ));
    }
    Ok(buf)
}

/// `not_found` for a missing path (or a dangling symlink), `unreadable` for
/// anything else (symlink loop, a path through a non-directory, permissions).
fn io_code(e: &std::io::Error) -> &'static str {
    if e.kind() == std::io::ErrorKind::NotFound {
        "not_found"
    } else {
        "unreadable"
    }
}

/// Opens for reading without blocking on a FIFO that has no writer.
#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<fs::File> {
    fs::File::open(path)
}

/// True when `target` names the input `inp` (same device and inode), using the
/// identity discovery recorded; `target_meta` is `target`'s own `stat`, taken once
/// by the caller for all inputs.
pub fn is_input(target: &Path, target_meta: &fs::Metadata, inp: &Input) -> bool {
    match (file_id(target_meta), inp.seen.id) {
        (Some(t), Some(i)) => t == i,
        _ => same_file(target, &inp.path),
    }
}

/// True when `a` and `b` name the same existing file (same device and inode).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::metadata(a), fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (fs::canonicalize(a), fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_rel_never_escapes() {
        assert_eq!(
            safe_rel(Path::new("../../etc/passwd")),
            PathBuf::from("etc/passwd")
        );
        assert_eq!(
            safe_rel(Path::new("/abs/a.txt")),
            PathBuf::from("abs/a.txt")
        );
        assert_eq!(safe_rel(Path::new("..")), PathBuf::from("input"));
    }
}
