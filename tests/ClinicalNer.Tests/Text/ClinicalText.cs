namespace ClinicalNer.Tests.Text;

/// <summary>A few invented discharge-summary sentences in the style of n2c2 2018 notes (no real patient data).</summary>
static class ClinicalText
{
    public static readonly string[] Sentences =
    [
        "Patient was started on metoprolol tartrate 25 mg PO BID for rate control.",
        "Metformin 500 mg tablet by mouth twice daily was held during admission.",
        "She received vancomycin 1 g IV q12h and piperacillin-tazobactam 4.5 g IV q8h.",
        "Lisinopril 10 mg daily was discontinued due to acute kidney injury (Cr 2.1).",
        "Continue atorvastatin 40 mg PO qHS and aspirin 81 mg PO daily.",
        "Heparin 5000 units SC TID for DVT prophylaxis.",
        "Furosemide 40 mg IV x1 given for volume overload; K+ repleted to 4.0.",
        "Allergies: penicillins (rash), sulfa antibiotics (hives).",
        "Discharge medications: amlodipine 5 mg PO daily, metoprolol succinate 50 mg PO daily.",
        "Insulin glargine 20 units SC at bedtime and insulin lispro sliding scale with meals.",
        "Pantoprazole 40 mg PO daily for GI prophylaxis while on prednisone.",
        "Prednisone taper: 40 mg daily for 3 days, then 20 mg daily for 3 days.",
        "Oxycodone 5 mg PO q4h PRN pain; acetaminophen 650 mg PO q6h PRN fever.",
        "He developed hypotension after the second dose of lisinopril, which was stopped.",
        "Warfarin was held for INR 3.4 and restarted at 2.5 mg daily.",
        "Ceftriaxone 1 g IV daily for community-acquired pneumonia, completed 7-day course.",
        "Levothyroxine 75 mcg PO daily was continued at home dose.",
        "Albuterol nebulizer q4h PRN wheezing and ipratropium nebulizer q6h.",
        "Gabapentin 300 mg PO TID caused somnolence and was reduced to 100 mg TID.",
        "Patient reports nausea with metformin; switched to glipizide 5 mg PO daily.",
        "Vancomycin trough was 22, dose adjusted to 750 mg IV q12h.",
        "Tamsulosin 0.4 mg PO qHS for urinary retention.",
        "Docusate 100 mg PO BID and senna 8.6 mg PO qHS for constipation.",
        "Clopidogrel 75 mg daily was continued after cardiac catheterization.",
        "Hydrochlorothiazide 25 mg daily was held for hyponatremia (Na 128).",
        "Ondansetron 4 mg IV q8h PRN nausea; famotidine 20 mg PO BID.",
        "Enoxaparin 40 mg SC daily was started for prophylaxis.",
        "Diltiazem drip was titrated for atrial fibrillation with rapid ventricular response.",
    ];
}
