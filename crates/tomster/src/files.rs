//! Writing the files `-o` names without ever losing what was there.
//!
//! The rules, each from a defect seen in use:
//! - a regular file (or a new one) is replaced atomically: the bytes go to a temporary file
//!   in the same folder, synced, then renamed over the target, so a reader sees the old file
//!   or the new one, never half of one;
//! - a symbolic link is followed: the file it points to is replaced, the link stays;
//! - a device, a pipe or a socket (`/dev/stdout`, `/dev/null`, a FIFO) is written through:
//!   replacing it would turn it into a regular file;
//! - every temporary file has its own name (`.NAME.PID-NANOS-N.tomster-partial`), so two runs
//!   writing the same target at once never share one, and it is removed on every error path;
//!   a run killed outright leaves it behind, and the next run writing beside it removes it
//!   once its process is gone;
//! - a set of files (Hootsuite's one per network) is written whole in a staging folder first
//!   and only then moved in place, so a full disk leaves the previous set as it was.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// What marks a temporary file or folder as ours.
const PARTIAL_SUFFIX: &str = ".tomster-partial";

/// How deep a chain of symbolic links may go before it is taken for a loop (Linux's own limit).
const MAX_LINK_DEPTH: usize = 40;

/// Where the bytes for an `-o` path really go.
#[derive(Debug, PartialEq, Eq)]
pub enum Destination {
    /// A regular file, existing or not, replaced atomically (the path after following links).
    File(PathBuf),
    /// A device, pipe or socket, written through as it is.
    Stream(PathBuf),
    /// A folder: no file can take its place.
    Folder(PathBuf),
}

/// Says where writing to `path` lands, following symbolic links, even dangling ones.
pub fn destination(path: &Path) -> io::Result<Destination> {
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => return Ok(Destination::Folder(path.to_path_buf())),
        Ok(metadata) if !metadata.is_file() => return Ok(Destination::Stream(path.to_path_buf())),
        // An existing regular file, maybe through links (`/dev/stdout` redirected to a file
        // too): its real path, so that the temporary file sits beside the file it replaces.
        Ok(_) => return path.canonicalize().map(Destination::File),
        Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
        Err(_) => {}
    }
    // Nothing there yet, or a link to nothing yet: follow the links by hand to the new file.
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINK_DEPTH {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                let folder = current.parent().map(Path::to_path_buf).unwrap_or_default();
                current = folder.join(link);
            }
            _ => return Ok(Destination::File(current)),
        }
    }
    Err(io::Error::other(format!(
        "{} is a loop of symbolic links",
        path.display()
    )))
}

/// Writes `path` as the module's rules say: atomically for a file, through for a stream.
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> io::Result<()>,
) -> io::Result<()> {
    match destination(path)? {
        Destination::Folder(folder) => Err(is_a_folder(&folder)),
        Destination::Stream(stream) => {
            let mut writer = BufWriter::new(OpenOptions::new().write(true).open(stream)?);
            write(&mut writer)?;
            writer.flush()
        }
        Destination::File(file) => {
            let folder = parent_folder(&file);
            let name = file_name(&file);
            remove_stale_partials(&folder, &name);
            let (partial, file_handle) = Partial::create(&folder, &name)?;
            let mut writer = BufWriter::new(file_handle);
            write(&mut writer)?;
            let file_handle = writer
                .into_inner()
                .map_err(io::IntoInnerError::into_error)?;
            file_handle.sync_all()?;
            keep_permissions(&file, &file_handle);
            partial.rename_to(&file)
        }
    }
}

/// How one file of a set is written.
pub type WriteFile<'a> = Box<dyn FnOnce(&mut BufWriter<File>) -> io::Result<()> + 'a>;

/// Writes a set of files into `folder` as one: every file is written in a staging folder
/// inside it, then moved in place; files of an earlier set that `is_of_set` recognises and the
/// new set lacks are removed last. A failure before the move leaves the folder as it was.
pub fn write_file_set<'a>(
    folder: &Path,
    files: impl IntoIterator<Item = (String, WriteFile<'a>)>,
    is_of_set: impl Fn(&str) -> bool,
) -> io::Result<()> {
    std::fs::create_dir_all(folder)?;
    if let Destination::Stream(stream) = destination(folder)? {
        return Err(io::Error::other(format!(
            "{} is not a folder",
            stream.display()
        )));
    }
    remove_stale_partials(folder, "set");
    let staging = Partial::create_folder(folder, "set")?;
    let mut names = Vec::new();
    for (name, write) in files {
        let mut writer = BufWriter::new(File::create(staging.path.join(&name))?);
        write(&mut writer)?;
        writer
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?
            .sync_all()?;
        names.push(name);
    }
    // Every byte is on disk: renames inside one folder need no room, so this part cannot run
    // out of space.
    for name in &names {
        std::fs::rename(staging.path.join(name), folder.join(name))?;
    }
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_of_set(&name) && !names.contains(&name) && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// The error for an output that names a folder where a file is expected.
pub fn is_a_folder(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::IsADirectory,
        format!("{} is a folder", path.display()),
    )
}

fn parent_folder(file: &Path) -> PathBuf {
    match file.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(file: &Path) -> String {
    file.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A temporary file or folder of this process, removed when dropped unless renamed.
struct Partial {
    path: PathBuf,
    is_folder: bool,
    kept: bool,
}

impl Partial {
    /// `.NAME.PID-NANOS-N.tomster-partial`: the process id tells a later run whether its
    /// writer is gone, the time and counter keep two writers (or two calls) apart.
    fn unique_path(folder: &Path, name: &str) -> PathBuf {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|elapsed| elapsed.subsec_nanos())
            .unwrap_or_default();
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let pid = std::process::id();
        folder.join(format!(".{name}.{pid}-{nanos}-{count}{PARTIAL_SUFFIX}"))
    }

    /// The file comes with the mode a plain `File::create` gives (0666 less the umask).
    fn create(folder: &Path, name: &str) -> io::Result<(Partial, File)> {
        let path = Self::unique_path(folder, name);
        // `create_new`: never open a file someone else made under the same name.
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        let partial = Partial {
            path,
            is_folder: false,
            kept: false,
        };
        Ok((partial, file))
    }

    fn create_folder(folder: &Path, name: &str) -> io::Result<Partial> {
        let path = Self::unique_path(folder, name);
        std::fs::create_dir(&path)?;
        Ok(Partial {
            path,
            is_folder: true,
            kept: false,
        })
    }

    fn rename_to(mut self, target: &Path) -> io::Result<()> {
        std::fs::rename(&self.path, target)?;
        self.kept = true;
        Ok(())
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        // Best effort: the error that brought us here is the one to report.
        let _ = if self.is_folder {
            std::fs::remove_dir_all(&self.path)
        } else {
            std::fs::remove_file(&self.path)
        };
    }
}

/// A replaced file keeps its permissions (a new one has the defaults of `File::create`).
fn keep_permissions(target: &Path, replacement: &File) {
    if let Ok(metadata) = std::fs::metadata(target) {
        let _ = replacement.set_permissions(metadata.permissions());
    }
}

/// Removes the partial files of `name` in `folder` whose writer is gone (killed mid-write).
fn remove_stale_partials(folder: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        let Some(middle) = entry_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(PARTIAL_SUFFIX))
        else {
            continue;
        };
        let Some(pid) = middle.split('-').next().and_then(|pid| pid.parse().ok()) else {
            continue;
        };
        if writer_is_gone(pid, &entry) {
            let path = entry.path();
            let _ = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
        }
    }
}

/// Whether the process that wrote a partial file has ended: asked of `/proc` where there is
/// one; elsewhere a partial file a day old is taken for abandoned.
fn writer_is_gone(pid: u32, entry: &std::fs::DirEntry) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return !proc.join(pid.to_string()).exists();
    }
    const A_DAY: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);
    entry
        .metadata()
        .and_then(|metadata| metadata.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok())
        .is_some_and(|age| age > A_DAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let folder =
            std::env::temp_dir().join(format!("tomster-files-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).expect("scratch folder");
        folder
    }

    fn entries(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .expect("read folder")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial() {
        let folder = scratch("failed");
        let target = folder.join("out.csv");
        std::fs::write(&target, "old").expect("old file");
        let result = write_file(&target, |writer| {
            writer.write_all(b"half")?;
            Err(io::Error::from(io::ErrorKind::StorageFull))
        });
        assert_eq!(
            result.map_err(|error| error.kind()),
            Err(io::ErrorKind::StorageFull)
        );
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "old");
        assert_eq!(entries(&folder), ["out.csv"]);
    }

    #[test]
    fn a_full_disk_mid_set_leaves_the_previous_set_whole() {
        let folder = scratch("set");
        std::fs::write(folder.join("hootsuite-a.csv"), "old a").expect("old a");
        std::fs::write(folder.join("hootsuite-b.csv"), "old b").expect("old b");
        std::fs::write(folder.join("notes.txt"), "mine").expect("other file");
        let failing: Vec<(String, WriteFile)> = vec![
            (
                "hootsuite-a.csv".into(),
                Box::new(|writer: &mut BufWriter<File>| writer.write_all(b"new a")),
            ),
            (
                "hootsuite-c.csv".into(),
                Box::new(|_: &mut BufWriter<File>| Err(io::ErrorKind::StorageFull.into())),
            ),
        ];
        let is_of_set = |name: &str| name.starts_with("hootsuite-");
        let result = write_file_set(&folder, failing, is_of_set);
        assert_eq!(
            result.map_err(|error| error.kind()),
            Err(io::ErrorKind::StorageFull)
        );
        assert_eq!(
            entries(&folder),
            ["hootsuite-a.csv", "hootsuite-b.csv", "notes.txt"]
        );
        let read = |name: &str| std::fs::read_to_string(folder.join(name)).expect("read");
        assert_eq!(read("hootsuite-a.csv"), "old a");

        // The same set written whole replaces the old one, and the network dropped goes.
        let whole: Vec<(String, WriteFile)> = vec![(
            "hootsuite-a.csv".into(),
            Box::new(|writer: &mut BufWriter<File>| writer.write_all(b"new a")),
        )];
        write_file_set(&folder, whole, is_of_set).expect("whole set");
        assert_eq!(entries(&folder), ["hootsuite-a.csv", "notes.txt"]);
        assert_eq!(read("hootsuite-a.csv"), "new a");
    }

    #[test]
    fn stale_partials_of_a_dead_writer_go_and_a_live_ones_stay() {
        let folder = scratch("stale");
        // No process has this id: Linux's pid_max is at most 2^22.
        let dead = folder.join(".out.csv.99999999-1-0.tomster-partial");
        let live = folder.join(format!(
            ".out.csv.{}-1-0.tomster-partial",
            std::process::id()
        ));
        std::fs::write(&dead, "killed").expect("dead partial");
        std::fs::write(&live, "writing").expect("live partial");
        write_file(&folder.join("out.csv"), |writer| writer.write_all(b"new")).expect("write");
        assert!(!dead.exists(), "a dead writer's partial file is removed");
        assert!(
            live.exists(),
            "a running writer's partial file is left alone"
        );
    }

    #[test]
    fn links_are_followed_even_dangling_ones() {
        let folder = scratch("links");
        let target = folder.join("real.ics");
        let link = folder.join("link.ics");
        std::os::unix::fs::symlink("real.ics", &link).expect("symlink");
        write_file(&link, |writer| writer.write_all(b"first")).expect("dangling link");
        write_file(&link, |writer| writer.write_all(b"second")).expect("link");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("link metadata")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "second");
    }

    #[test]
    fn a_folder_is_refused_and_left_untouched() {
        let folder = scratch("folder");
        let result = write_file(&folder, |writer| writer.write_all(b"x"));
        assert_eq!(
            result.map_err(|error| error.kind()),
            Err(io::ErrorKind::IsADirectory)
        );
        assert!(entries(&folder).is_empty());
    }
}
