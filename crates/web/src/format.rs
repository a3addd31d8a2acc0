//! Number formatting for people, the Spanish way: `60 000`, `3,4 MB`, `12 %`.

/// Groups thousands with a thin non-breaking space: 60000 → `60 000`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

/// Bytes as MB (or kB) with one decimal and a decimal comma.
pub fn bytes(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{:.1} MB", n as f64 / 1e6).replace('.', ",")
    } else {
        format!("{:.1} kB", n as f64 / 1e3).replace('.', ",")
    }
}

/// `loaded` of `total` as a whole percentage (0 when the total is unknown).
pub fn percent(loaded: u64, total: u64) -> u32 {
    if total == 0 {
        0
    } else {
        ((loaded.min(total) as f64 / total as f64) * 100.0).round() as u32
    }
}

/// A duration for people: "42 s", "3 min 05 s", "1 h 02 min".
pub fn clock(ms: f64) -> String {
    let s = (ms / 1000.0).round() as u64;
    if s >= 3600 {
        format!("{} h {:02} min", s / 3600, (s % 3600) / 60)
    } else if s >= 60 {
        format!("{} min {:02} s", s / 60, s % 60)
    } else {
        format!("{s} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(thousands(60000), "60\u{202f}000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(bytes(26_421_856), "26,4 MB");
        assert_eq!(bytes(5125), "5,1 kB");
        assert_eq!(percent(50, 200), 25);
        assert_eq!(percent(5, 0), 0);
    }
}
