#!/usr/bin/python3
"""Reference values of the label units, computed by scikit-learn, for SklearnReferenceTests.

The CoNLL files beside this script come from the seeded C# generator (SyntheticTagging.GenerateSentences, see
SklearnReferenceTests); a test checks that the generator still writes them byte for byte. To regenerate:

    CLINICAL_NER_WRITE_REFERENCE=tests/ClinicalNer.Tests/Metrics/Reference \
      dotnet test Workbench.sln -c Release --filter "FullyQualifiedName~SklearnReferenceTests"
    /usr/bin/python3 tests/ClinicalNer.Tests/Metrics/Reference/sklearn_reference.py tests/ClinicalNer.Tests/Metrics/Reference

Run it with Debian's python3-sklearn (/usr/bin/python3), not another python3 on PATH.
"""
import json
import sys
from pathlib import Path

import sklearn
from sklearn.metrics import classification_report, confusion_matrix

TYPES = ["Drug", "Strength", "Duration", "Route", "Form", "ADE", "Dosage", "Reason", "Frequency"]


def read_labels(path):
    """Labels of a 2-column CoNLL file, sentences concatenated (the label units ignore sentence boundaries)."""
    labels = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            token, label = line.split(" ")
            labels.append(label)
    return labels


def strip(label):
    return label[2:] if label.startswith(("B-", "I-")) else label


def mapped(label, mapping):
    if label == "O":
        return label
    prefix, kind = label[:2], label[2:]
    return prefix + mapping.get(kind, kind)


def case(name, unit, gold, pred, labels=None, mapping=None):
    mapping = mapping or {}
    gold = [mapped(l, mapping) for l in gold]
    pred = [mapped(l, mapping) for l in pred]
    if unit == "subtoken-type":
        gold = [strip(l) for l in gold]
        pred = [strip(l) for l in pred]
    report = classification_report(gold, pred, labels=labels, digits=4, zero_division=0, output_dict=True)
    return {"name": name, "unit": unit, "labels": labels, "map": mapping, "report": report}


def main(folder):
    folder = Path(folder)
    gold = read_labels(folder / "gold.conll")
    pred = read_labels(folder / "predicted.conll")
    bio_entity_labels = sorted({l for l in gold + pred if l != "O"})
    cases = [
        case("subtoken, all labels", "subtoken", gold, pred),
        case("subtoken, B- labels only", "subtoken", gold, pred, labels=[l for l in bio_entity_labels if l.startswith("B-")]),
        case("subtoken, ADE as Reason", "subtoken", gold, pred, mapping={"ADE": "Reason"}),
        case("subtoken-type, all types", "subtoken-type", gold, pred),
        case("subtoken-type, drop O", "subtoken-type", gold, pred, labels=TYPES),
        case("subtoken-type, drop Reason and ADE", "subtoken-type", gold, pred,
             labels=["O"] + [t for t in TYPES if t not in ("Reason", "ADE")]),
        case("subtoken-type, drop O, Reason and ADE", "subtoken-type", gold, pred,
             labels=[t for t in TYPES if t not in ("Reason", "ADE")]),
        case("subtoken-type, ADE as Reason", "subtoken-type", gold, pred, mapping={"ADE": "Reason"}),
        case("subtoken-type, every present type listed", "subtoken-type", gold, pred,
             labels=sorted({strip(l) for l in gold + pred}, reverse=True)),
    ]
    types_gold = [strip(l) for l in gold]
    types_pred = [strip(l) for l in pred]
    type_labels = sorted(set(types_gold + types_pred))
    result = {
        "sklearn": sklearn.__version__,
        "cases": cases,
        "confusion_subtoken_type": {
            "labels": type_labels,
            "matrix": confusion_matrix(types_gold, types_pred, labels=type_labels).tolist(),
        },
        "text_subtoken": classification_report(gold, pred, digits=4, zero_division=0),
    }
    (folder / "sklearn.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
