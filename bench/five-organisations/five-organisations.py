"""The benchmark's five-organisation model in numpy, for npm run bench (issue 11).

The same model as five-organisations.yaml (read by bench/five-organisations.ts,
which passes its figures here as JSON), and the same summary the engine reports:
for each organisation and the system, every money metric's mean, standard
deviation, P5 ... P95, minimum and maximum; the chance of meeting the control
total; the mean of the worst 5% and 10% of the variance; an equal-width
histogram of the outturn and of the variance; and the sensitivity ranking
(Spearman's rank correlation of each sampled input with the system's variance,
and the system's mean variance in the input's lowest and highest tenth).
Not computed here, though the engine does: the monthly fan charts and the
central case (each a small share of the engine's time).

Usage: python3 five-organisations.py '<json>'  -> prints one JSON line of figures
"""

import json
import sys
import time

import numpy as np

QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]


def statistics(values):
    q = np.quantile(values, QUANTILES)
    return {"mean": float(values.mean()), "sd": float(values.std(ddof=1)), "quantiles": q.tolist(), "min": float(values.min()), "max": float(values.max())}


def expected_shortfall(values, alpha):
    worst = max(1, int(np.ceil(alpha * len(values) - 1e-9)))
    return float(np.partition(values, worst - 1)[:worst].mean())


def ranks(values):
    order = values.argsort(kind="stable")
    out = np.empty(len(values))
    out[order] = np.arange(1, len(values) + 1)
    return out


def main():
    started = time.perf_counter()
    model = json.loads(sys.argv[1])
    trials = model["trials"]
    rng = np.random.default_rng(model["seed"])
    pay_award = rng.normal(model["payAward"]["mean"], model["payAward"]["sd"], trials)
    inflation = rng.normal(model["inflation"]["mean"], model["inflation"]["sd"], trials)
    organisations = model["organisations"]
    delivery = np.stack([rng.beta(o["alpha"], o["beta"], trials) for o in organisations], axis=1)
    income = np.array([o["income"] for o in organisations])
    pay = np.array([o["pay"] for o in organisations])
    non_pay = np.array([o["nonPay"] for o in organisations])
    plan = np.array([o["cipPlan"] for o in organisations])
    control_total = np.array([o["controlTotal"] for o in organisations], dtype=float)

    costs = pay[None, :] * (1 + pay_award[:, None]) + non_pay[None, :] * (1 + inflation[:, None])
    expenditure = costs - plan[None, :] * costs * delivery
    income_all = np.broadcast_to(income, expenditure.shape)
    outturn = income_all - expenditure
    # The system: the sum of its organisations.
    columns = {
        "income": np.column_stack([income_all, income_all.sum(axis=1)]),
        "expenditure": np.column_stack([expenditure, expenditure.sum(axis=1)]),
        "outturn": np.column_stack([outturn, outturn.sum(axis=1)]),
    }
    totals = np.append(control_total, control_total.sum())
    columns["controlTotal"] = np.broadcast_to(totals, columns["outturn"].shape)
    columns["variance"] = columns["outturn"] - totals[None, :]
    columns["riskShareTransfer"] = np.zeros_like(columns["outturn"])
    columns["postShareVariance"] = columns["variance"] + columns["riskShareTransfer"]
    columns["incentive"] = np.zeros_like(columns["outturn"])
    columns["reportedPosition"] = columns["outturn"] + columns["riskShareTransfer"] + columns["incentive"]

    table = []
    for entity in range(len(organisations) + 1):
        variance = np.ascontiguousarray(columns["postShareVariance"][:, entity])
        table.append(
            {
                "metrics": {name: statistics(np.ascontiguousarray(values[:, entity])) for name, values in columns.items()},
                "probabilityMeets": float((variance >= -1e-6).mean()),
                "expectedShortfall5": expected_shortfall(variance, 0.05),
                "expectedShortfall10": expected_shortfall(variance, 0.1),
                "outturnHistogram": np.histogram(columns["outturn"][:, entity], bins=30)[0].tolist(),
                "varianceHistogram": np.histogram(variance, bins=30)[0].tolist(),
            }
        )

    target = columns["variance"][:, -1]
    target_ranks = ranks(target)
    sensitivity = []
    inputs = {"payAward": pay_award, "inflation": inflation}
    for index, o in enumerate(organisations):
        inputs[f"{o['id']} cip.delivery"] = delivery[:, index]
    for name, values in inputs.items():
        rho = float(np.corrcoef(ranks(values), target_ranks)[0, 1])
        low, high = np.quantile(values, [0.1, 0.9])
        sensitivity.append({"input": name, "rankCorrelation": rho, "lowDecileMean": float(target[values <= low].mean()), "highDecileMean": float(target[values >= high].mean())})
    sensitivity.sort(key=lambda entry: -abs(entry["rankCorrelation"]))

    print(
        json.dumps(
            {
                "trials": trials,
                "seconds": time.perf_counter() - started,
                "systemProbabilityMeets": table[-1]["probabilityMeets"],
                "systemVarianceMean": table[-1]["metrics"]["variance"]["mean"],
                "systemVarianceP5": table[-1]["metrics"]["variance"]["quantiles"][0],
                "topInput": sensitivity[0]["input"],
            }
        )
    )


main()
