//! Bytes to rows: what kind of file it is (by its content, never its name), its text encoding
//! and separator, and its rows, streamed for text and read per sheet for spreadsheets.

use std::io::{self, Cursor, Read};

use calamine::{Data, Reader};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1251, WINDOWS_1252};
use quick_xml::events::Event;
use tomster_core::i18n::Coded;

/// The first bytes read to decide what a file is and how its text is written.
pub const HEAD_BYTES: usize = 64 * 1024;

/// Spreadsheets are read whole (their formats need it): the largest one read.
pub const MAX_SPREADSHEET_BYTES: u64 = 64 * 1024 * 1024;

/// One row of a table: its cells as text and where it is, for error messages.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub cells: Vec<String>,
    /// The line (text files: where the record starts) or the row (sheets), from 1.
    pub line: u64,
}

/// What the first bytes say the file is.
#[derive(Debug)]
pub enum Kind {
    /// Text, in this encoding, after a byte-order mark of this length.
    Text {
        encoding: &'static Encoding,
        bom: usize,
    },
    /// A workbook calamine reads: `.xlsx` (a zip holding `xl/`), `.xls` (BIFF), `.ods`.
    Workbook,
    /// Excel 2003's XML Spreadsheet, which Facebook writes with a `.xls` name.
    SpreadsheetMl,
}

fn refused(key: &str) -> Coded {
    Coded::new(key, &[])
}

/// Decides what a file is from its first bytes (`head`), or why it cannot be an export.
pub fn sniff(head: &[u8]) -> Result<Kind, Coded> {
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(refused("import-refused-empty"));
    }
    let starts = |magic: &[u8]| head.starts_with(magic);
    if starts(b"PK\x03\x04") {
        let text = String::from_utf8_lossy(&head[..head.len().min(HEAD_BYTES)]);
        if text.contains("xl/")
            || text.contains("[Content_Types].xml")
            || text.contains("opendocument.spreadsheet")
        {
            return Ok(Kind::Workbook);
        }
        return Err(refused("import-refused-archive"));
    }
    if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Ok(Kind::Workbook);
    }
    if starts(&[0x1F, 0x8B])
        || starts(b"7z\xBC\xAF")
        || starts(b"Rar!")
        || starts(b"BZh")
        || starts(&[0xFD, b'7', b'z', b'X', b'Z'])
    {
        return Err(refused("import-refused-archive"));
    }
    if starts(b"\x89PNG")
        || starts(&[0xFF, 0xD8, 0xFF])
        || starts(b"GIF8")
        || (starts(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
    {
        return Err(refused("import-refused-image"));
    }
    if starts(b"%PDF") {
        return Err(refused("import-refused-pdf"));
    }
    let (encoding, bom) = match Encoding::for_bom(head) {
        Some((encoding, bom)) => (encoding, bom),
        None => (guess_encoding(head), 0),
    };
    if encoding == UTF_8 && head[bom..].contains(&0) {
        return Err(refused("import-refused-binary"));
    }
    let text_start = decode_head(&head[bom..], encoding);
    let trimmed = text_start.trim_start();
    if trimmed.starts_with("<?xml") || trimmed.starts_with("<Workbook") {
        if text_start.contains("urn:schemas-microsoft-com:office:spreadsheet") {
            return Ok(Kind::SpreadsheetMl);
        }
        return Err(refused("import-refused-not-a-table"));
    }
    if trimmed.starts_with("<!DOCTYPE")
        || trimmed.starts_with("<html")
        || trimmed.starts_with('{')
        || trimmed.starts_with('[')
    {
        return Err(refused("import-refused-not-a-table"));
    }
    Ok(Kind::Text { encoding, bom })
}

/// UTF-8 when the bytes are UTF-8 (a character cut at the end of the head is fine);
/// otherwise a single-byte code page: windows-1251 when high bytes come in runs (Cyrillic
/// words), windows-1252 when they stand alone between Latin letters (`Cataluña`).
fn guess_encoding(head: &[u8]) -> &'static Encoding {
    match std::str::from_utf8(head) {
        Ok(_) => return UTF_8,
        Err(error) if error.error_len().is_none() => return UTF_8,
        Err(_) => {}
    }
    let (mut runs, mut alone) = (0usize, 0usize);
    for window in head.windows(2) {
        if window[0] >= 0xC0 {
            if window[1] >= 0xC0 {
                runs += 1;
            } else {
                alone += 1;
            }
        }
    }
    if runs > alone {
        WINDOWS_1251
    } else {
        WINDOWS_1252
    }
}

fn decode_head(bytes: &[u8], encoding: &'static Encoding) -> String {
    let end = bytes.len().min(4096);
    encoding
        .decode_without_bom_handling(&bytes[..end])
        .0
        .into_owned()
}

/// A reader that turns text in any encoding into UTF-8 as it goes: a 1.4 GB export is never
/// held whole. UTF-8 passes through untouched.
pub struct Decoding<R> {
    inner: R,
    decoder: Option<encoding_rs::Decoder>,
    input: Vec<u8>,
    input_start: usize,
    input_end: usize,
    output: Vec<u8>,
    output_start: usize,
    output_end: usize,
    finished: bool,
}

impl<R: Read> Decoding<R> {
    pub fn new(inner: R, encoding: &'static Encoding) -> Decoding<R> {
        let decoder = (encoding != UTF_8).then(|| encoding.new_decoder_without_bom_handling());
        Decoding {
            inner,
            decoder,
            input: vec![0; 64 * 1024],
            input_start: 0,
            input_end: 0,
            output: vec![0; 3 * 64 * 1024 + 16],
            output_start: 0,
            output_end: 0,
            finished: false,
        }
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let Some(decoder) = self.decoder.as_mut() else {
            return self.inner.read(buf);
        };
        loop {
            if self.output_start < self.output_end {
                let n = buf.len().min(self.output_end - self.output_start);
                buf[..n].copy_from_slice(&self.output[self.output_start..self.output_start + n]);
                self.output_start += n;
                return Ok(n);
            }
            if self.finished {
                return Ok(0);
            }
            if self.input_start == self.input_end {
                self.input_start = 0;
                self.input_end = self.inner.read(&mut self.input)?;
            }
            let last = self.input_end == 0;
            let (_, read, written, _) = decoder.decode_to_utf8(
                &self.input[self.input_start..self.input_end],
                &mut self.output,
                last,
            );
            self.input_start += read;
            self.output_start = 0;
            self.output_end = written;
            if last {
                self.finished = true;
            }
        }
    }
}

/// The separator of a text table: a `sep=` first line says it; otherwise the one of `,`, `;` and
/// tab that splits the first lines most evenly (quotes respected).
pub fn sniff_separator(head: &str) -> u8 {
    let first = head
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches('\u{feff}');
    if let Some(rest) = first.strip_prefix("sep=") {
        if let Some(&separator) = rest.as_bytes().first() {
            return separator;
        }
    }
    let lines: Vec<&str> = head
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .take(6)
        .collect();
    let mut best = (b',', 0usize);
    for candidate in [b',', b';', b'\t'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|line| count_outside_quotes(line, candidate))
            .collect();
        let total: usize = counts.iter().sum();
        if total > best.1 {
            best = (candidate, total);
        }
    }
    best.0
}

/// The double quote, named: a quote character in the source would confuse the tools that
/// scan string literals (the message-key check).
pub const QUOTE: u8 = 0x22;

fn count_outside_quotes(line: &str, separator: u8) -> usize {
    let mut inside = false;
    let mut count = 0;
    for byte in line.bytes() {
        if byte == QUOTE {
            inside = !inside;
        } else if byte == separator && !inside {
            count += 1;
        }
    }
    count
}

/// The CSV reader of a text table: the head already read, then the rest, decoded as it goes.
type TextReader<R> = csv::Reader<Decoding<io::Chain<Cursor<Vec<u8>>, R>>>;

/// A table's rows: streamed from text, or a sheet read from a workbook.
pub enum Rows<R: Read> {
    Text(Box<TextReader<R>>),
    Sheet(std::vec::IntoIter<Row>),
}

impl<R: Read> Rows<R> {
    /// Opens a text table: the head already read, then the rest of the stream.
    pub fn text(head: Vec<u8>, rest: R, encoding: &'static Encoding, bom: usize) -> Rows<R> {
        let separator = sniff_separator(&decode_head(&head[bom..], encoding));
        let mut head = head;
        head.drain(..bom);
        let reader = Decoding::new(Cursor::new(head).chain(rest), encoding);
        let csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator)
            .from_reader(reader);
        Rows::Text(Box::new(csv))
    }

    /// The next row; an error is a read failure or a broken quote, located at its line.
    pub fn next_row(
        &mut self,
        record: &mut csv::ByteRecord,
        row: &mut Row,
    ) -> Option<Result<(), Coded>> {
        match self {
            Rows::Sheet(rows) => rows.next().map(|next| {
                *row = next;
                Ok(())
            }),
            Rows::Text(reader) => match reader.read_byte_record(record) {
                Ok(false) => None,
                Ok(true) => {
                    row.line = record.position().map_or(0, |p| p.line());
                    // The row's strings are reused from one record to the next: a large
                    // export costs no allocation per cell.
                    row.cells.truncate(record.len());
                    for (index, field) in record.iter().enumerate() {
                        let text = match std::str::from_utf8(field) {
                            Ok(text) => std::borrow::Cow::Borrowed(text),
                            Err(_) => String::from_utf8_lossy(field),
                        };
                        match row.cells.get_mut(index) {
                            Some(cell) => {
                                cell.clear();
                                cell.push_str(&text);
                            }
                            None => row.cells.push(text.into_owned()),
                        }
                    }
                    Some(Ok(()))
                }
                Err(error) => {
                    let line = error.position().map_or(0, |p| p.line());
                    Some(Err(Coded::new(
                        "import-error-unreadable-line",
                        &[("line", line.to_string()), ("reason", error.to_string())],
                    )))
                }
            },
        }
    }
}

/// A sheet of a workbook, read whole.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Row>,
}

/// Every sheet of a `.xlsx`, `.xls` or `.ods`.
pub fn workbook_sheets(bytes: Vec<u8>) -> Result<Vec<Sheet>, Coded> {
    let mut workbook =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|error| {
            Coded::new(
                "import-refused-damaged-workbook",
                &[("reason", error.to_string())],
            )
        })?;
    let names = workbook.sheet_names().to_owned();
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let range = workbook.worksheet_range(&name).map_err(|error| {
            Coded::new(
                "import-refused-damaged-workbook",
                &[("reason", error.to_string())],
            )
        })?;
        let first_row = range.start().map_or(0, |(row, _)| row as u64);
        let first_column = range.start().map_or(0, |(_, column)| column as usize);
        let rows = range
            .rows()
            .enumerate()
            .map(|(index, cells)| {
                let mut texts = vec![String::new(); first_column];
                texts.extend(cells.iter().map(cell_text));
                Row {
                    cells: texts,
                    line: first_row + index as u64 + 1,
                }
            })
            .collect();
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(value) => value.to_string(),
        Data::Int(value) => value.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) => crate::values::excel_serial(value.as_f64())
            .map(|at| at.to_string())
            .unwrap_or_default(),
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Error(_) => String::new(),
    }
}

/// Every worksheet of an XML Spreadsheet 2003 file.
pub fn spreadsheet_ml_sheets(bytes: &[u8]) -> Result<Vec<Sheet>, Coded> {
    let damaged =
        |reason: String| Coded::new("import-refused-damaged-workbook", &[("reason", reason)]);
    let text = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => encoding.decode_without_bom_handling(&bytes[bom..]).0,
        None => String::from_utf8_lossy(bytes),
    };
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut sheets: Vec<Sheet> = Vec::new();
    let mut row: Option<Row> = None;
    let mut row_number: u64 = 0;
    let mut in_data = false;
    let mut cell_index: usize = 0;
    loop {
        let event = reader
            .read_event()
            .map_err(|error| damaged(error.to_string()))?;
        match event {
            Event::Start(element) | Event::Empty(element)
                if element.local_name().as_ref() == b"Worksheet" =>
            {
                let name = attribute(&element, b"Name").unwrap_or_default();
                sheets.push(Sheet {
                    name,
                    rows: Vec::new(),
                });
                row_number = 0;
            }
            Event::Start(element) if element.local_name().as_ref() == b"Row" => {
                row_number = match attribute(&element, b"Index").and_then(|i| i.parse().ok()) {
                    Some(index) => index,
                    None => row_number + 1,
                };
                row = Some(Row {
                    cells: Vec::new(),
                    line: row_number,
                });
                cell_index = 0;
            }
            Event::Empty(element) if element.local_name().as_ref() == b"Row" => {
                row_number += 1;
            }
            Event::Start(element) | Event::Empty(element)
                if element.local_name().as_ref() == b"Cell" =>
            {
                if let Some(index) =
                    attribute(&element, b"Index").and_then(|i| i.parse::<usize>().ok())
                {
                    cell_index = index.saturating_sub(1).min(16_384);
                }
                if let Some(row) = row.as_mut() {
                    while row.cells.len() <= cell_index {
                        row.cells.push(String::new());
                    }
                }
                cell_index += 1;
            }
            Event::Start(element) if element.local_name().as_ref() == b"Data" => in_data = true,
            Event::End(element) if element.local_name().as_ref() == b"Data" => in_data = false,
            Event::Text(content) if in_data => {
                let value = content
                    .decode()
                    .map_err(|error| damaged(error.to_string()))?;
                let value = quick_xml::escape::unescape(&value)
                    .map_err(|error| damaged(error.to_string()))?;
                if let Some(cell) = row.as_mut().and_then(|row| row.cells.last_mut()) {
                    cell.push_str(&value);
                }
            }
            Event::GeneralRef(reference) if in_data => {
                let name = reference
                    .decode()
                    .map_err(|error| damaged(error.to_string()))?;
                let resolved = match name.as_ref() {
                    "amp" => "&".to_owned(),
                    "lt" => "<".to_owned(),
                    "gt" => ">".to_owned(),
                    "quot" => char::from(QUOTE).to_string(),
                    "apos" => "'".to_owned(),
                    other => other
                        .strip_prefix("#x")
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .or_else(|| other.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                        .and_then(char::from_u32)
                        .map(String::from)
                        .unwrap_or_default(),
                };
                if let Some(cell) = row.as_mut().and_then(|row| row.cells.last_mut()) {
                    cell.push_str(&resolved);
                }
            }
            Event::End(element) if element.local_name().as_ref() == b"Row" => {
                if let (Some(done), Some(sheet)) = (row.take(), sheets.last_mut()) {
                    sheet.rows.push(done);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if sheets.is_empty() {
        return Err(damaged("no worksheet".into()));
    }
    Ok(sheets)
}

fn attribute(element: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::UTF_16LE;

    #[test]
    fn separators_are_found_by_their_evenness() {
        assert_eq!(sniff_separator("sep=,\n\"Views\"\n"), b',');
        assert_eq!(
            sniff_separator("Viewers;\nDate;Primary\n2025-10-31;1148\n"),
            b';'
        );
        assert_eq!(sniff_separator("\"a,b\";c;d\n1;2;3\n"), b';');
        assert_eq!(sniff_separator("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(sniff_separator("Date,Views\n13-06-2025,1224\n"), b',');
    }

    #[test]
    fn kinds_are_told_by_content() {
        assert!(matches!(
            sniff(b"\xFF\xFEs\0e\0p\0"),
            Ok(Kind::Text { bom: 2, .. })
        ));
        assert!(
            matches!(sniff(b"Date,Lifetime Total Likes\n1/1/2014,Barcelona, Catalu\xf1a\n"), Ok(Kind::Text { encoding, .. }) if encoding == WINDOWS_1252)
        );
        assert!(
            matches!(sniff("Възраст;Жени\n".as_bytes()), Ok(Kind::Text { encoding, .. }) if encoding == UTF_8)
        );
        let cp1251 = WINDOWS_1251
            .encode("Възраст и пол;Жени;Мъже\n")
            .0
            .into_owned();
        assert!(
            matches!(sniff(&cp1251), Ok(Kind::Text { encoding, .. }) if encoding == WINDOWS_1251)
        );
        assert_eq!(
            sniff(b"\x89PNG\r\n").err().map(|c| c.key),
            Some("import-refused-image".into())
        );
        assert_eq!(
            sniff(b"PK\x03\x04stuff.txt").err().map(|c| c.key),
            Some("import-refused-archive".into())
        );
        assert_eq!(
            sniff(b"  \n").err().map(|c| c.key),
            Some("import-refused-empty".into())
        );
        assert_eq!(
            sniff(b"%PDF-1.7").err().map(|c| c.key),
            Some("import-refused-pdf".into())
        );
    }

    #[test]
    fn decoding_streams_utf16_in_small_reads() {
        let text = "sep=,\n\"Views\"\n\"Date\",\"Primary\"\n\"2025-10-31T00:00:00\",\"3227 é\"\n"
            .repeat(5000);
        let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut reader = Decoding::new(Cursor::new(bytes), UTF_16LE);
        let mut out = Vec::new();
        let mut small = [0u8; 7];
        loop {
            match reader.read(&mut small) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&small[..n]),
                Err(error) => panic!("{error}"),
            }
        }
        assert_eq!(String::from_utf8(out).ok().as_deref(), Some(text.as_str()));
    }
}
