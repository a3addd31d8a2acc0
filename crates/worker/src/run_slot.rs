//! The one holder of a model's run, for every family: the run is lent to one async job at a
//! time; a job that finds it lent waits in a queue (no polling) and is woken when the run comes
//! back; a newer run (a reset or a load) replaces it even while lent, and the job that held the
//! old one finds out when it returns it.

use std::cell::RefCell;
use std::collections::VecDeque;

use generativa_protocol::Failure;

use crate::slot::{Slot, Unavailable};

/// A run and the jobs waiting for it.
pub struct RunSlot<T> {
    slot: RefCell<Slot<T>>,
    waiting: RefCell<VecDeque<js_sys::Function>>,
}

impl<T> Default for RunSlot<T> {
    fn default() -> Self {
        Self {
            slot: RefCell::new(Slot::default()),
            waiting: RefCell::new(VecDeque::new()),
        }
    }
}

/// A lent run: give it back with [`RunSlot::put_back`].
pub struct Lent<T> {
    /// The run.
    pub run: T,
    generation: u64,
}

impl<T> RunSlot<T> {
    /// Installs a new run (a reset or a load).
    pub fn replace(&self, run: T) {
        self.slot.borrow_mut().replace(run);
    }

    /// Reads the run in place, if it is here.
    pub fn with<R>(&self, f: impl FnOnce(Option<&T>) -> R) -> R {
        f(self.slot.borrow().get())
    }

    /// Takes the run now, or says why not.
    pub fn take(&self) -> Result<Lent<T>, Failure> {
        match self.slot.borrow_mut().take() {
            Ok((run, generation)) => Ok(Lent { run, generation }),
            Err(Unavailable::Busy) => Err(Failure::Busy),
            Err(Unavailable::Empty) => Err(Failure::NoRun),
        }
    }

    /// Takes the run once the job holding it (if any) gives it back.
    pub async fn take_in_turn(&self) -> Result<Lent<T>, Failure> {
        loop {
            match self.take() {
                Err(Failure::Busy) => {
                    let promise = js_sys::Promise::new(&mut |resolve, _| {
                        self.waiting.borrow_mut().push_back(resolve);
                    });
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                }
                other => return other,
            }
        }
    }

    /// Lends the run to `job` (once the job holding it gives it back) and returns its result,
    /// and whether the run is still the current one (a reset or a load may replace it meanwhile).
    pub async fn lend<R>(&self, job: impl AsyncFnOnce(&T) -> R) -> Result<(R, bool), Failure> {
        let lent = self.take_in_turn().await?;
        let result = job(&lent.run).await;
        Ok((result, self.put_back(lent)))
    }

    /// Gives a lent run back and wakes the next waiting job; false (and the run is dropped)
    /// when a newer run replaced it meanwhile.
    pub fn put_back(&self, lent: Lent<T>) -> bool {
        let kept = self.slot.borrow_mut().put_back(lent.run, lent.generation);
        if let Some(next) = self.waiting.borrow_mut().pop_front() {
            let _ = next.call0(&wasm_bindgen::JsValue::NULL);
        }
        kept
    }
}
