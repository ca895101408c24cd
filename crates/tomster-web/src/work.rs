//! Analyses, documents, calendars, form handling and password checks run on the blocking pool,
//! a few at a time and within a time budget, so that one heavy request cannot stall the pages
//! of everyone else.
//!
//! A job holds its permit until it has really ended (not merely until its caller stopped
//! waiting), so the pool never runs more jobs than it has permits. A job that outlives its
//! budget, whose request went away, or that runs when the server stops is told so through its
//! [`Cancel`]: the core's long loops (the calendar, the file writers) and the PDF typesetter
//! look at it and stop at their next step.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;

/// Why a piece of work gave no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkError {
    /// It ran out of its time budget, or the server is stopping (the answer is 503: try again
    /// later).
    TooLong,
    /// The worker thread failed (a defect: the answer is 500).
    Failed,
}

/// What a job looks at to know it should stop: its deadline, its request gone, the server
/// stopping. Cheap to ask often.
#[derive(Clone)]
pub struct Cancel {
    deadline: Instant,
    abandoned: Arc<AtomicBool>,
    stopping: Arc<AtomicBool>,
}

impl Cancel {
    /// A cancellation that never fires (for work outside the server: tests, the console).
    pub fn never() -> Cancel {
        Cancel {
            deadline: Instant::now() + Duration::from_secs(60 * 60 * 24 * 365),
            abandoned: Arc::new(AtomicBool::new(false)),
            stopping: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.abandoned.load(Ordering::Relaxed)
            || self.stopping.load(Ordering::Relaxed)
            || Instant::now() >= self.deadline
    }

    /// The time left before the deadline.
    pub fn remaining(&self) -> Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }

    /// As a closure for the core's loops, which know nothing of this type.
    pub fn as_check(&self) -> impl Fn() -> bool + Send + Sync + 'static {
        let cancel = self.clone();
        move || cancel.is_cancelled()
    }
}

/// Sets a job's flag when its caller stops waiting (timeout, or the request dropped).
struct AbandonOnDrop(Arc<AtomicBool>);

impl Drop for AbandonOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// A job started by [`Workers::spawn`]: dropped, it tells the job its request went away;
/// [`Started::keep`] once the job answers on its own channel.
pub struct Started(Option<Arc<AtomicBool>>);

impl Started {
    /// The job now stops by itself when its channel closes: dropping this no longer cancels it.
    pub fn keep(mut self) {
        self.0 = None;
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        if let Some(abandoned) = &self.0 {
            abandoned.store(true, Ordering::Relaxed);
        }
    }
}

/// The bounded pool of CPU work.
#[derive(Clone)]
pub struct Workers {
    permits: Arc<Semaphore>,
    budget: Duration,
    stopping: Arc<AtomicBool>,
}

impl Workers {
    /// `concurrency` jobs at once (the number of cores is a good value); each may wait for a
    /// permit and run within `budget` in total.
    pub fn new(concurrency: usize, budget: Duration) -> Workers {
        Workers {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            budget,
            stopping: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The server is stopping: every job running is told to stop, and no new one starts.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::Relaxed);
        self.permits.close();
    }

    /// Runs `job` on the blocking pool with its [`Cancel`]. The job owns its inputs: it cannot
    /// borrow the request.
    pub async fn run<T, F>(&self, job: F) -> Result<T, WorkError>
    where
        T: Send + 'static,
        F: FnOnce(&Cancel) -> T + Send + 'static,
    {
        let started = Instant::now();
        let abandoned = Arc::new(AtomicBool::new(false));
        let _abandon = AbandonOnDrop(Arc::clone(&abandoned));
        let permit = match tokio::time::timeout(
            self.budget,
            Arc::clone(&self.permits).acquire_owned(),
        )
        .await
        {
            Ok(Ok(permit)) => permit,
            // Closed: the server is stopping.
            Ok(Err(_)) | Err(_) => return Err(WorkError::TooLong),
        };
        let cancel = Cancel {
            deadline: started + self.budget,
            abandoned,
            stopping: Arc::clone(&self.stopping),
        };
        let remaining = cancel.remaining();
        let seen_by_job = cancel.clone();
        let handle = tokio::task::spawn_blocking(move || {
            // The permit goes with the work: it is released when the job has ended.
            let _permit = permit;
            job(&seen_by_job)
        });
        match tokio::time::timeout(remaining, handle).await {
            // A job that ended because it was cancelled gives what it had: not an answer.
            Ok(Ok(_)) if cancel.is_cancelled() => Err(WorkError::TooLong),
            Ok(Ok(value)) => Ok(value),
            Ok(Err(_)) => Err(WorkError::Failed),
            Err(_) => Err(WorkError::TooLong),
        }
    }

    /// Starts `job` on the blocking pool once a permit is free, and returns without waiting
    /// for it: for work that streams its result (a calendar file written to the response).
    /// The job holds its permit until it ends; it is cancelled at its deadline or when the
    /// server stops, and when the returned [`Started`] is dropped before it is kept (the
    /// request went away before the job had anything to send).
    pub async fn spawn<F>(&self, job: F) -> Result<Started, WorkError>
    where
        F: FnOnce(&Cancel) + Send + 'static,
    {
        let started = Instant::now();
        let abandoned = Arc::new(AtomicBool::new(false));
        let guard = Started(Some(Arc::clone(&abandoned)));
        let permit = match tokio::time::timeout(
            self.budget,
            Arc::clone(&self.permits).acquire_owned(),
        )
        .await
        {
            Ok(Ok(permit)) => permit,
            Ok(Err(_)) | Err(_) => return Err(WorkError::TooLong),
        };
        let cancel = Cancel {
            deadline: started + self.budget,
            abandoned,
            stopping: Arc::clone(&self.stopping),
        };
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            job(&cancel);
        });
        Ok(guard)
    }

    /// How many jobs could start now (for tests and the flood check).
    pub fn available(&self) -> usize {
        self.permits.available_permits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn work_past_its_budget_gives_up_and_work_within_it_answers() {
        let workers = Workers::new(1, Duration::from_millis(50));
        assert_eq!(workers.run(|_| 2 + 2).await, Ok(4));
        let slow = workers
            .run(|_| std::thread::sleep(Duration::from_millis(300)))
            .await;
        assert_eq!(slow, Err(WorkError::TooLong));
    }

    #[tokio::test]
    async fn the_permit_stays_with_the_work_until_it_ends() {
        let workers = Workers::new(1, Duration::from_millis(50));
        let (sender, receiver) = std::sync::mpsc::channel::<()>();
        // A job that ignores its cancellation and runs until told to end.
        let stubborn = workers
            .run(move |_| {
                let _ = receiver.recv_timeout(Duration::from_secs(5));
            })
            .await;
        assert_eq!(stubborn, Err(WorkError::TooLong));
        // Its caller gave up, but the work still holds the only permit: nothing else runs.
        assert_eq!(workers.available(), 0);
        assert_eq!(workers.run(|_| 1).await, Err(WorkError::TooLong));
        sender.send(()).unwrap();
        for _ in 0..100 {
            if workers.available() == 1 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(workers.run(|_| 1).await, Ok(1));
    }

    #[tokio::test]
    async fn a_job_past_its_budget_is_told_to_stop() {
        let workers = Workers::new(1, Duration::from_millis(50));
        let (sender, receiver) = std::sync::mpsc::channel::<bool>();
        let result = workers
            .run(move |cancel| {
                let started = Instant::now();
                while !cancel.is_cancelled() && started.elapsed() < Duration::from_secs(5) {
                    std::thread::sleep(Duration::from_millis(5));
                }
                let _ = sender.send(cancel.is_cancelled());
            })
            .await;
        assert_eq!(result, Err(WorkError::TooLong));
        assert_eq!(
            receiver.recv_timeout(Duration::from_secs(2)),
            Ok(true),
            "the job saw its cancellation"
        );
    }

    #[tokio::test]
    async fn stopping_cancels_running_work_and_refuses_new_work() {
        let workers = Workers::new(2, Duration::from_secs(30));
        let (sender, receiver) = std::sync::mpsc::channel::<()>();
        let running = {
            let workers = workers.clone();
            tokio::spawn(async move {
                workers
                    .run(move |cancel| {
                        while !cancel.is_cancelled() {
                            std::thread::sleep(Duration::from_millis(5));
                        }
                        let _ = sender.send(());
                    })
                    .await
            })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        workers.stop();
        assert!(receiver.recv_timeout(Duration::from_secs(2)).is_ok());
        assert_eq!(running.await.unwrap(), Err(WorkError::TooLong));
        assert_eq!(workers.run(|_| 1).await, Err(WorkError::TooLong));
    }
}
