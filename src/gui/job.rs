//! Running slow work off the UI thread: one-shot jobs on the rayon pool, and long jobs that stream progress
//! and can be cancelled.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::futures::channel::{mpsc, oneshot};
use iced::futures::{Stream, StreamExt};

/// A background job that stopped without a result (it panicked); the caller says so in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped;

/// Runs `work` on the rayon pool and resolves with its result. A job that panics resolves with [`Stopped`]
/// instead of taking the interface down.
pub async fn run<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Stopped> {
    let (sender, receiver) = oneshot::channel();
    rayon::spawn(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
        let _ = sender.send(result);
    });
    match receiver.await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(_)) | Err(_) => Err(Stopped),
    }
}

/// A flag that a long job checks between steps.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// Asks the job to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// The flag itself, for APIs that take an `&AtomicBool`.
    pub fn flag(&self) -> &AtomicBool {
        &self.0
    }
}

/// What a long job reports.
#[derive(Debug, Clone)]
pub enum Progress<T> {
    /// `done` of `total` steps are finished.
    Step {
        /// Finished steps.
        done: usize,
        /// All steps.
        total: usize,
    },
    /// The job ended (successfully, with an error, or cancelled).
    Finished(T),
}

/// Runs `work` on its own thread; it reports steps through the callback it is given (which any thread may
/// call). The stream yields the steps and then the result.
pub fn with_progress<T: Send + 'static>(
    work: impl FnOnce(&(dyn Fn(usize, usize) + Sync)) -> T + Send + 'static,
) -> impl Stream<Item = Progress<T>> {
    let (sender, receiver) = mpsc::unbounded::<Progress<T>>();
    let spawned = std::thread::Builder::new()
        .name("designprogram-job".to_owned())
        .spawn({
            let sender = sender.clone();
            move || {
                let report = |done, total| {
                    let _ = sender.unbounded_send(Progress::Step { done, total });
                };
                let result = work(&report);
                let _ = sender.unbounded_send(Progress::Finished(result));
            }
        });
    if spawned.is_err() {
        // No thread: the stream just ends, and the caller shows the job as stopped.
        sender.close_channel();
    }
    receiver.boxed()
}

/// Hands a value that cannot be cloned (an editing session) through a message, which must be `Clone`: the
/// first [`Slot::take`] gets it, later ones get `None`.
pub struct Slot<T>(Arc<std::sync::Mutex<Option<T>>>);

impl<T> Slot<T> {
    /// A slot holding `value`.
    pub fn new(value: T) -> Slot<T> {
        Slot(Arc::new(std::sync::Mutex::new(Some(value))))
    }

    /// Takes the value out (once).
    pub fn take(&self) -> Option<T> {
        self.0.lock().ok().and_then(|mut slot| slot.take())
    }
}

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        Slot(Arc::clone(&self.0))
    }
}

impl<T> std::fmt::Debug for Slot<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Slot(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::Slot;

    #[test]
    fn a_slot_gives_its_value_once() {
        let slot = Slot::new(String::from("session"));
        let copy = slot.clone();
        assert_eq!(copy.take().as_deref(), Some("session"));
        assert_eq!(slot.take(), None);
    }
}
