using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// The words of a discharge summary's entity-free text: complaints, histories, symptoms, findings, services.
/// Some carry drug, form and route words outside any mention (<c>insulin-dependent</c>, <c>poor PO intake</c>,
/// <c>Coumadin clinic</c>), as real notes do, so that a tagger must read context.
/// </summary>
internal static class ClinicalLexicon
{
    public static readonly ImmutableArray<string> ChiefComplaints = SigLexicon.Split(
        "shortness of breath|chest pain|fever|abdominal pain|altered mental status|weakness|fall|syncope|hematemesis|melena|" +
        "dyspnea on exertion|lower extremity swelling|cough|nausea and vomiting|confusion|hypotension|fevers and chills|headache|" +
        "back pain|diarrhea|GI bleed|palpitations|dizziness|seizure|leg pain|rash|hypoxia|transfer for cardiac catheterization|" +
        "elective admission for surgery|right sided weakness|bright red blood per rectum|jaundice|dysuria|decreased urine output|" +
        "worsening edema|found down|slurred speech|abnormal labs|hip pain after fall|increasing abdominal girth|s/p mechanical fall");

    public static readonly ImmutableArray<string> Procedures = SigLexicon.Split(
        "Cardiac catheterization with placement of drug eluting stent to LAD|EGD|Colonoscopy|Intubation and mechanical ventilation|" +
        "PICC line placement|Paracentesis|Thoracentesis|Central line placement|Hemodialysis catheter placement|" +
        "Right heart catheterization|ERCP with sphincterotomy and stent placement|Bronchoscopy with BAL|Lumbar puncture|TEE|" +
        "DC cardioversion|Open reduction internal fixation of the right hip|Laparoscopic cholecystectomy|" +
        "IR guided drainage of abscess|Dual chamber pacemaker placement|CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)|Tracheostomy|" +
        "PEG tube placement|Temporary pacing wire placement|Bone marrow biopsy|TIPS|Arterial line placement|Flexible sigmoidoscopy");

    public static readonly ImmutableArray<string> History = SigLexicon.Split(
        "Coronary artery disease s/p CABG in [**2105**]|Hypertension|Hyperlipidemia|Type 2 diabetes mellitus, complicated by neuropathy|" +
        "Chronic kidney disease, stage III (baseline Cr 1.4)|Atrial fibrillation|CHF with EF 35%|COPD on 2L home O2|" +
        "Obstructive sleep apnea on CPAP|GERD|Hypothyroidism|Depression|Osteoarthritis|Gout|BPH|Prostate cancer s/p XRT|" +
        "Breast cancer s/p lumpectomy and XRT|Cirrhosis secondary to hepatitis C|History of alcohol abuse|Peripheral vascular disease|" +
        "History of DVT|Anemia|Dementia|CVA in [**2108**] with residual left sided weakness|Morbid obesity|Chronic back pain|Asthma|" +
        "Seizure disorder|Iron deficiency anemia|Insulin-dependent diabetes since age 12|s/p appendectomy|s/p TAH/BSO|" +
        "s/p right total knee replacement|Diverticulosis|Anxiety|Glaucoma|Migraines|ESRD on hemodialysis (M/W/F)|" +
        "Pulmonary hypertension|Aortic stenosis s/p AVR (porcine)|Hepatitis C, genotype 1|Rheumatoid arthritis|" +
        "Schizophrenia|Bipolar disorder|Parkinson's disease|Osteoporosis|Nephrolithiasis|History of C. diff colitis|" +
        "Sick sinus syndrome s/p pacemaker|Multiple myeloma|Lung cancer s/p left upper lobectomy|HIV, last CD4 450|" +
        "Chronic pancreatitis|Sarcoidosis|Hyperparathyroidism|Cholecystectomy|Steroid-dependent COPD|Colon cancer s/p hemicolectomy");

    public static readonly ImmutableArray<string> Symptoms = SigLexicon.Split(
        "fevers|chills|nausea|vomiting|diarrhea|chest pain|shortness of breath|cough|abdominal pain|dysuria|headache|" +
        "lightheadedness|palpitations|orthopnea|PND|lower extremity edema|melena|hematochezia|weight loss|night sweats|" +
        "productive cough|myalgias|dizziness|syncope|focal weakness|numbness|visual changes|confusion|decreased appetite|" +
        "fatigue|hemoptysis|urinary frequency|constipation|sore throat|rhinorrhea|joint pain|rash");

    public static readonly ImmutableArray<string> ImagingFindings = SigLexicon.Split(
        "no acute cardiopulmonary process|a right lower lobe opacity concerning for pneumonia|mild pulmonary edema|" +
        "small bilateral pleural effusions|cardiomegaly without edema|no evidence of pneumothorax|" +
        "a left lower lobe infiltrate|stable appearance of the chest|interval improvement in the right basilar opacity|" +
        "no intracranial hemorrhage|no acute intracranial process|a 2.3 cm hypodense lesion in the liver|" +
        "moderate ascites|no evidence of obstruction|diffuse colonic wall thickening|a nondisplaced fracture of the left 5th rib|" +
        "dilated common bile duct to 11 mm|gallbladder wall thickening with pericholecystic fluid|" +
        "LVEF of 30-35% with global hypokinesis|moderate mitral regurgitation|no DVT in the bilateral lower extremities|" +
        "an occlusive thrombus in the left popliteal vein|a segmental pulmonary embolus in the right lower lobe|" +
        "multifocal opacities|a small left apical pneumothorax|no hydronephrosis");

    public static readonly ImmutableArray<string> Studies = SigLexicon.Split(
        "CXR|Chest x-ray|CT head|CT abdomen/pelvis|CTA chest|RUQ ultrasound|TTE|Echo|LENIs|Renal ultrasound|MRI brain|KUB|CT chest");

    public static readonly ImmutableArray<string> Services = SigLexicon.Split(
        "Cardiology|Infectious disease|Nephrology|GI|Neurology|General surgery|Physical therapy|Social work|Palliative care|" +
        "Psychiatry|Hepatology|Endocrine|Pulmonary|Vascular surgery|Orthopedics|Urology|Hematology/oncology|Interventional radiology");

    public static readonly ImmutableArray<string> Units = SigLexicon.Split(
        "MICU|CCU|medicine floor|SICU|step-down unit|general medicine service|cardiology service|CVICU|telemetry floor");

    public static readonly ImmutableArray<string> ServiceHeaders = SigLexicon.Split(
        "MEDICINE|CARDIOTHORACIC|NEUROLOGY|SURGERY|ORTHOPAEDICS|CARDIOLOGY|MED|NEUROSURGERY|OMED|CSURG");

    public static readonly ImmutableArray<string> Allergens = SigLexicon.Split(
        "Penicillins|Sulfa (Sulfonamide Antibiotics)|Codeine|Morphine|Aspirin|Iodine|Latex|Percocet|Lisinopril|Vancomycin|" +
        "Shellfish|Ace Inhibitors|Heparin Agents|Bactrim|Ciprofloxacin|Erythromycin Base|Keflex|Tetracycline|Nsaids|Adhesive Tape");

    public static readonly ImmutableArray<string> ExamLines = SigLexicon.Split(
        "Gen: NAD, A&Ox3|General: alert, oriented, no acute distress|HEENT: NC/AT, PERRL, EOMI, MMM, OP clear|" +
        "HEENT: Sclera anicteric, dry mucous membranes|Neck: supple, JVP not elevated, no LAD|Neck: JVP to angle of jaw|" +
        "CV: RRR, normal S1 + S2, no murmurs, rubs, gallops|CV: irregularly irregular, 2/6 systolic murmur at RUSB|" +
        "Lungs: CTAB, no wheezes, rales, ronchi|Lungs: bibasilar crackles, decreased breath sounds at bases|" +
        "Abdomen: soft, non-tender, non-distended, bowel sounds present, no organomegaly|Abd: soft, NT/ND, +BS|" +
        "Abd: distended, diffusely tender, positive fluid wave|Ext: warm, well perfused, 2+ pulses, no clubbing, cyanosis or edema|" +
        "Ext: 2+ pitting edema to the knees bilaterally|Neuro: CN II-XII intact, strength 5/5 throughout|" +
        "Neuro: alert, moving all extremities, gait deferred|Skin: no rashes or lesions|Skin: stage II sacral decubitus ulcer|" +
        "GU: foley in place|Rectal: guaiac positive brown stool|Psych: appropriate mood and affect|Back: no CVA tenderness");

    public static readonly ImmutableArray<string> SocialHistory = SigLexicon.Split(
        "Lives with wife in [**Location (un) 86**].|Lives alone, independent of ADLs.|Former smoker, quit in [**2098**], 40 pack-years.|" +
        "Denies alcohol or illicit drug use.|Drinks 2-3 beers per day.|Retired machinist.|Currently smoking 1 ppd.|" +
        "Lives in a nursing home.|No history of IVDU.|Works as a teacher.|Lives with her daughter, who is her health care proxy.|" +
        "History of heavy alcohol use, last drink 3 days prior to admission.|Walks with a cane at baseline.|Married with 3 children.");

    public static readonly ImmutableArray<string> FamilyHistory = SigLexicon.Split(
        "Mother with diabetes and hypertension.|Father died of MI at age 62.|No family history of colon cancer.|" +
        "Non-contributory.|Brother with CAD.|Sister with breast cancer.|No family history of bleeding disorders.|" +
        "Mother died of stroke in her 70s.|Father with prostate cancer.|Family history of early CAD.");

    public static readonly ImmutableArray<string> Dispositions = SigLexicon.Split(
        "Home|Home With Service|Extended Care|Home with VNA|Rehab|Skilled Nursing Facility");

    public static readonly ImmutableArray<string> Conditions = SigLexicon.Split(
        "Mental Status: Clear and coherent.|Level of Consciousness: Alert and interactive.|" +
        "Activity Status: Ambulatory - Independent.|Activity Status: Out of Bed with assistance to chair or wheelchair.|" +
        "Stable.|Good.|Hemodynamically stable, afebrile, tolerating PO.|Fair.");

    public static readonly ImmutableArray<string> ReturnPrecautions = SigLexicon.Split(
        "chest pain|shortness of breath|fevers greater than 101|worsening abdominal pain|bleeding|lightheadedness|" +
        "confusion|inability to tolerate food or liquids|swelling in your legs|blood in your stool|any other concerning symptoms");
}
