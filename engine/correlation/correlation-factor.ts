import { create, eigsDependencies } from 'mathjs';

const math = create({ eigsDependencies });

/** Tolerance for symmetry and for eigenvalues that are negative only by rounding. */
const TOLERANCE = 1e-9;

/** A checked correlation matrix and a factor A with A·Aᵀ = the matrix. */
export type CorrelationFactorCheck = { ok: true; size: number; factor: Float64Array } | { ok: false; errors: string[] };

/**
 * Checks a correlation matrix and factors it for a Gaussian copula.
 *
 * Method: symmetric eigendecomposition (mathjs `eigs`, Jacobi for symmetric
 * input), R = V·Λ·Vᵀ, factor A = V·√max(Λ, 0) stored row-major, so that for
 * independent standard normals z the vector A·z has correlation R. Unlike a
 * Cholesky factor this also works for a singular but positive semi-definite
 * matrix (perfectly correlated drivers). A matrix with an eigenvalue below
 * −1e-9 is rejected: its correlations contradict one another. Cost O(n³) once
 * per run.
 *
 * @returns the factor, or every problem found (shape, symmetry, unit diagonal,
 *   range, positive semi-definiteness)
 * @example
 * const check = factorCorrelation([[1, 0.5], [0.5, 1]]);
 */
export function factorCorrelation(matrix: readonly (readonly number[])[]): CorrelationFactorCheck {
  const n = matrix.length;
  const errors: string[] = [];
  for (let i = 0; i < n; i++) {
    if (!Array.isArray(matrix[i]) || matrix[i].length !== n) {
      errors.push(`correlation matrix must be square: row ${i} has ${matrix[i]?.length ?? 0} entries, expected ${n}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = matrix[i][j];
      if (!Number.isFinite(value)) errors.push(`correlation matrix entry [${i}][${j}] must be a finite number`);
      else if (i === j && Math.abs(value - 1) > TOLERANCE) errors.push(`correlation matrix diagonal entry [${i}][${i}] must be 1, got ${value}`);
      else if (value < -1 || value > 1) errors.push(`correlation matrix entry [${i}][${j}] must lie in [-1, 1], got ${value}`);
      else if (j > i && Math.abs(value - matrix[j][i]) > TOLERANCE) {
        errors.push(`correlation matrix must be symmetric: [${i}][${j}] is ${value} but [${j}][${i}] is ${matrix[j][i]}`);
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const { eigenvectors } = math.eigs(matrix.map((row) => [...row])) as unknown as {
    eigenvectors: Array<{ value: number; vector: number[] }>;
  };
  const smallest = Math.min(...eigenvectors.map((pair) => pair.value));
  if (smallest < -TOLERANCE) {
    return {
      ok: false,
      errors: [
        `correlation matrix is not positive semi-definite (smallest eigenvalue ${smallest.toPrecision(3)}): ` +
          'some of its correlations contradict the others, e.g. a and b both strongly tied to c but opposed to each other',
      ],
    };
  }
  const factor = new Float64Array(n * n);
  eigenvectors.forEach(({ value, vector }, column) => {
    const scale = Math.sqrt(Math.max(value, 0));
    for (let row = 0; row < n; row++) factor[row * n + column] = vector[row] * scale;
  });
  return { ok: true, size: n, factor };
}
