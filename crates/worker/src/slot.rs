//! A run the engine lends to one async job at a time: taken out while the job awaits the device,
//! put back afterwards, unless a newer run (a reset) replaced it meanwhile.

/// Why a run could not be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// Another job holds it.
    Busy,
    /// There is no run yet.
    Empty,
}

/// The current run, whether a job holds it, and a counter that tells a job in flight that a new
/// run replaced the one it took.
pub struct Slot<T> {
    run: Option<T>,
    generation: u64,
    busy: bool,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self {
            run: None,
            generation: 0,
            busy: false,
        }
    }
}

impl<T> Slot<T> {
    /// Installs a new run; a job still holding the old one will not put it back.
    pub fn replace(&mut self, run: T) {
        self.generation += 1;
        self.run = Some(run);
    }

    /// The run, if it is here (not lent out).
    pub fn get(&self) -> Option<&T> {
        self.run.as_ref()
    }

    /// Lends the run out, with its generation for `put_back`.
    pub fn take(&mut self) -> Result<(T, u64), Unavailable> {
        if self.busy {
            return Err(Unavailable::Busy);
        }
        let run = self.run.take().ok_or(Unavailable::Empty)?;
        self.busy = true;
        Ok((run, self.generation))
    }

    /// Returns a lent run; false (and the run is dropped) when a newer one replaced it.
    pub fn put_back(&mut self, run: T, generation: u64) -> bool {
        self.busy = false;
        if self.generation == generation {
            self.run = Some(run);
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_during_a_job_wins() {
        let mut slot = Slot::default();
        assert_eq!(slot.take().unwrap_err(), Unavailable::Empty);
        slot.replace("first");
        let (run, generation) = slot.take().unwrap();
        assert_eq!(slot.take().unwrap_err(), Unavailable::Busy);
        slot.replace("second");
        assert!(!slot.put_back(run, generation));
        assert_eq!(slot.get(), Some(&"second"));
        let (run, generation) = slot.take().unwrap();
        assert!(slot.put_back(run, generation));
    }
}
