//! Analyses, documents and PDFs are computed on the blocking pool, a few at a time and within a
//! time budget, so that one heavy strategy cannot stall the pages of everyone else.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

/// Why a piece of work gave no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkError {
    /// It ran out of its time budget (the answer is 503: try again later).
    TooLong,
    /// The worker thread failed (a defect: the answer is 500).
    Failed,
}

/// The bounded pool of CPU work.
#[derive(Clone)]
pub struct Workers {
    permits: Arc<Semaphore>,
    budget: Duration,
}

impl Workers {
    /// `concurrency` jobs at once (the number of cores is a good value); each may wait for a
    /// permit and run within `budget` in total.
    pub fn new(concurrency: usize, budget: Duration) -> Workers {
        Workers {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            budget,
        }
    }

    /// Runs `job` on the blocking pool. The job owns its inputs: it cannot borrow the request.
    pub async fn run<T, F>(&self, job: F) -> Result<T, WorkError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let permits = Arc::clone(&self.permits);
        let work = async move {
            let _permit = permits
                .acquire_owned()
                .await
                .map_err(|_| WorkError::Failed)?;
            tokio::task::spawn_blocking(job)
                .await
                .map_err(|_| WorkError::Failed)
        };
        match tokio::time::timeout(self.budget, work).await {
            Ok(result) => result,
            Err(_) => Err(WorkError::TooLong),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn work_past_its_budget_gives_up_and_work_within_it_answers() {
        let workers = Workers::new(1, Duration::from_millis(50));
        assert_eq!(workers.run(|| 2 + 2).await, Ok(4));
        let slow = workers
            .run(|| std::thread::sleep(Duration::from_millis(300)))
            .await;
        assert_eq!(slow, Err(WorkError::TooLong));
    }
}
