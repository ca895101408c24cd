//! The forecast: a least-squares straight line through the last periods' values, with a band
//! of two residual standard deviations (about 95 % of the periods when the residuals are
//! roughly normal). With fewer than three periods there is no line worth drawing.

/// Periods a forecast needs at least.
pub const MINIMUM_PERIODS: usize = 3;

/// Periods a forecast reads at most: the last year of months.
pub const MAXIMUM_PERIODS: usize = 12;

/// A straight line fitted to `(t, y)` points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub intercept: f64,
    pub slope: f64,
    /// The residuals' standard deviation, with n - 2 degrees of freedom (zero for three
    /// points on a line).
    pub spread: f64,
    pub periods: usize,
    mean_t: f64,
    sum_squares_t: f64,
}

impl Trend {
    /// The least-squares line through the points (the last `MAXIMUM_PERIODS` of them), or
    /// none with fewer than `MINIMUM_PERIODS`.
    pub fn fit(points: &[(f64, f64)]) -> Option<Trend> {
        let points = &points[points.len().saturating_sub(MAXIMUM_PERIODS)..];
        let n = points.len();
        if n < MINIMUM_PERIODS {
            return None;
        }
        let count = n as f64;
        let mean_t = points.iter().map(|(t, _)| t).sum::<f64>() / count;
        let mean_y = points.iter().map(|(_, y)| y).sum::<f64>() / count;
        let sum_squares_t: f64 = points.iter().map(|(t, _)| (t - mean_t).powi(2)).sum();
        if sum_squares_t == 0.0 {
            return None;
        }
        let covariance: f64 = points
            .iter()
            .map(|(t, y)| (t - mean_t) * (y - mean_y))
            .sum();
        let slope = covariance / sum_squares_t;
        let intercept = mean_y - slope * mean_t;
        let residuals: f64 = points
            .iter()
            .map(|(t, y)| (y - (intercept + slope * t)).powi(2))
            .sum();
        Some(Trend {
            intercept,
            slope,
            spread: (residuals / (count - 2.0)).sqrt(),
            periods: n,
            mean_t,
            sum_squares_t,
        })
    }

    /// The line's value at `t`.
    pub fn at(&self, t: f64) -> f64 {
        self.intercept + self.slope * t
    }

    /// Half the band's width around a single period's value at `t`: two standard deviations
    /// of a new period, the line's own uncertainty included.
    pub fn half_band(&self, t: f64) -> f64 {
        let n = self.periods as f64;
        2.0 * self.spread * (1.0 + 1.0 / n + (t - self.mean_t).powi(2) / self.sum_squares_t).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_through_points_with_noise() {
        // y = 12, 15, 16, 19: slope 2.2, intercept 12.2 (t from 0), residuals -0.2, 0.6,
        // -0.6, 0.2: their squares add to 0.8, over 2 degrees of freedom, spread √0.4.
        let trend = Trend::fit(&[(0.0, 12.0), (1.0, 15.0), (2.0, 16.0), (3.0, 19.0)]);
        let Some(trend) = trend else {
            panic!("four points")
        };
        assert!((trend.slope - 2.2).abs() < 1e-9);
        assert!((trend.intercept - 12.2).abs() < 1e-9);
        assert!((trend.spread - 0.4f64.sqrt()).abs() < 1e-9);
        assert!((trend.at(8.0) - 29.8).abs() < 1e-9);
    }

    #[test]
    fn fewer_than_three_periods_give_no_forecast() {
        assert_eq!(Trend::fit(&[(0.0, 1.0), (1.0, 2.0)]), None);
    }
}
