using ClinicalNer.Runtime;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ClinicalNer.Sample.Lexicons;

/// <summary>
/// The drugs the generator writes about: about 670 real generic and brand names in 29 therapeutic classes plus
/// the class words clinicians write (<c>antibiotics</c>, <c>steroids</c>), with class weights that make
/// cardiovascular drugs, antibiotics, analgesics and supplements the commonest, as in MIMIC discharge summaries.
/// </summary>
internal static class MedicationLexicon
{
    /// <summary>All classes, in a fixed order (the generator's draws depend on it).</summary>
    public static readonly ImmutableArray<DrugClass> Classes =
    [
        Class("beta blocker", 8,
            "metoprolol tartrate|metoprolol succinate|Lopressor|atenolol|carvedilol|Toprol XL|labetalol|Coreg|propranolol|nadolol|bisoprolol|esmolol|Inderal|nebivolol|pindolol",
            "hypertension|atrial fibrillation|rate control|coronary artery disease|tachycardia|CHF|NSTEMI|demand ischemia|HTN|afib with RVR",
            "bradycardia|hypotension|fatigue|heart block|dizziness|bronchospasm|junctional rhythm"),
        Class("ACE inhibitor or ARB", 6,
            "lisinopril|losartan|captopril|enalapril|valsartan|Zestril|ramipril|benazepril|irbesartan|quinapril|candesartan|Diovan|Cozaar|Altace|Vasotec|olmesartan|telmisartan|fosinopril",
            "hypertension|afterload reduction|diabetic nephropathy|CHF|proteinuria|HTN|systolic heart failure|cardiomyopathy",
            "hyperkalemia|acute kidney injury|angioedema|cough|hypotension|acute renal failure|worsening renal function|lip swelling"),
        Class("calcium channel blocker", 4,
            "amlodipine|diltiazem|Norvasc|verapamil|nifedipine|Cardizem|felodipine|nicardipine|Cardizem CD|Procardia XL|isradipine|Calan",
            "hypertension|atrial fibrillation|rate control|HTN|hypertensive urgency|SVT|esophageal spasm",
            "lower extremity edema|hypotension|bradycardia|constipation|peripheral edema|flushing"),
        Class("diuretic", 6,
            "furosemide|Lasix|hydrochlorothiazide|spironolactone|torsemide|bumetanide|HCTZ|metolazone|Aldactone|chlorthalidone|Bumex|acetazolamide|Diamox|eplerenone|Demadex|triamterene-hydrochlorothiazide|amiloride",
            "CHF exacerbation|volume overload|hypertension|ascites|lower extremity edema|pulmonary edema|fluid overload|acute on chronic diastolic heart failure|anasarca|hyperkalemia|HTN|CHF",
            "hypokalemia|hyponatremia|acute kidney injury|contraction alkalosis|hypotension|gout flare|ototoxicity|hyperkalemia|dehydration|hypomagnesemia|prerenal azotemia|orthostasis"),
        Class("lipid lowering", 4,
            "atorvastatin|simvastatin|pravastatin|Lipitor|rosuvastatin|Zocor|lovastatin|Crestor|ezetimibe|Pravachol|Zetia|gemfibrozil|fenofibrate|niacin|Tricor|Vytorin",
            "hyperlipidemia|hypercholesterolemia|coronary artery disease|secondary prevention|dyslipidemia|hypertriglyceridemia|high cholesterol|CAD",
            "myalgias|rhabdomyolysis|elevated LFTs|transaminitis|myopathy|elevated CK|muscle aches|flushing"),
        Class("antiplatelet", 5,
            "aspirin|clopidogrel|Plavix|ASA|ticagrelor|Brilinta|prasugrel|Effient|dipyridamole|Aggrenox|cilostazol|Pletal|ecotrin",
            "coronary artery disease|CAD|stent|stroke prevention|NSTEMI|peripheral vascular disease|STEMI|secondary stroke prevention|TIA|acute coronary syndrome|claudication|stent thrombosis prophylaxis",
            "GI bleed|bleeding|epistaxis|hematuria|thrombocytopenia|upper GI bleed|melena|bruising|dyspnea|TTP|gastritis"),
        Class("anticoagulant", 6,
            "warfarin|Coumadin|heparin|enoxaparin|Lovenox|apixaban|Eliquis|rivaroxaban|Xarelto|dabigatran|Pradaxa|fondaparinux|argatroban|Arixtra|bivalirudin|Jantoven|dalteparin|Fragmin",
            "atrial fibrillation|DVT|pulmonary embolism|DVT prophylaxis|left ventricular thrombus|mechanical valve|stroke prevention|PE|afib|LV thrombus|hypercoagulable state|portal vein thrombosis|mechanical mitral valve|paroxysmal atrial fibrillation",
            "supratherapeutic INR|GI bleed|hematoma|retroperitoneal bleed|hemoptysis|thrombocytopenia|coagulopathy|bleeding|elevated INR|hemorrhagic conversion|intracranial hemorrhage|hematuria|subdural hematoma|rectus sheath hematoma"),
        Class("antibiotic, intravenous", 5,
            "vancomycin|ceftriaxone|cefepime|piperacillin-tazobactam|Zosyn|meropenem|daptomycin|cefazolin|ampicillin|gentamicin|ceftazidime|aztreonam|oxacillin|nafcillin|tobramycin|ertapenem|Unasyn|ampicillin-sulbactam|tigecycline|imipenem|Ancef|Rocephin|penicillin G|Invanz",
            "pneumonia|hospital acquired pneumonia|MRSA bacteremia|cellulitis|osteomyelitis|sepsis|endocarditis|pyelonephritis|cholangitis|line infection|VAP|empyema|E. coli bacteremia|febrile neutropenia|meningitis|spontaneous bacterial peritonitis|MSSA bacteremia|diabetic foot infection|GNR bacteremia|VRE bacteremia|septic joint|abdominal abscess|HCAP|intra-abdominal infection|urosepsis|presumed sepsis",
            "rash|C. diff colitis|acute kidney injury|red man syndrome|drug fever|hives|thrombocytopenia|interstitial nephritis|ototoxicity|neutropenia|seizure|pruritus|elevated creatinine|eosinophilia|anaphylaxis|drug rash|urticaria|leukopenia|serum sickness|phlebitis"),
        Class("antibiotic, oral", 5,
            "levofloxacin|metronidazole|ciprofloxacin|azithromycin|Flagyl|Bactrim|cephalexin|clindamycin|linezolid|Levaquin|doxycycline|sulfamethoxazole-trimethoprim|nitrofurantoin|Keflex|amoxicillin|Augmentin|rifampin|penicillin VK|moxifloxacin|cefpodoxime|Cipro|Zithromax|amoxicillin-clavulanate|Macrobid|dicloxacillin|cefuroxime|erythromycin|Bactrim DS|vancomycin oral|Vancocin|Zyvox|cefdinir|Avelox|fidaxomicin",
            "pneumonia|community acquired pneumonia|aspiration pneumonia|urinary tract infection|UTI|cellulitis|C. diff colitis|pyelonephritis|SBP prophylaxis|diverticulitis|wound infection|Klebsiella UTI|infected ulcer|prostatitis|bronchitis|sinusitis|cholecystitis|CAP|H. pylori|PCP prophylaxis|C. difficile infection|cystitis|MAC prophylaxis|otitis media|Lyme disease|strep pharyngitis",
            "rash|C. diff colitis|diarrhea|acute kidney injury|QT prolongation|hives|nausea|tendinitis|C. difficile infection|drug rash|urticaria|hyperkalemia|peripheral neuropathy|serotonin syndrome|tendon rupture|photosensitivity|metallic taste|yeast infection|hypoglycemia|Stevens-Johnson syndrome"),
        Class("antifungal or antiviral", 2,
            "fluconazole|acyclovir|micafungin|valacyclovir|Diflucan|voriconazole|caspofungin|ganciclovir|valganciclovir|Valtrex|oseltamivir|Tamiflu|amphotericin B|atovaquone|Valcyte|posaconazole|famciclovir",
            "candidemia|fungal infection|esophageal candidiasis|herpes zoster|HSV|CMV viremia|influenza|CMV prophylaxis|PCP prophylaxis|yeast infection|shingles|fungal UTI|oral thrush|HSV encephalitis|candiduria",
            "acute kidney injury|transaminitis|QT prolongation|neurotoxicity|leukopenia|hypokalemia|rash|visual hallucinations|pancytopenia|nephrotoxicity"),
        Class("opioid analgesic", 6,
            "oxycodone|hydromorphone|Percocet|morphine|Dilaudid|oxycodone-acetaminophen|morphine sulfate|tramadol|fentanyl|MS Contin|OxyContin|methadone|hydrocodone-acetaminophen|Ultram|codeine|Vicodin|Tylenol #3|fentanyl patch|Roxicodone|Duragesic|oxymorphone|tapentadol",
            "pain|post-operative pain|cancer pain|chronic back pain|sickle cell crisis|rib fractures|abdominal pain|neuropathic pain|chronic pain|hip fracture|severe pain|pain control|back pain|incisional pain",
            "respiratory depression|somnolence|altered mental status|constipation|delirium|hypotension|nausea|pruritus|urinary retention|confusion|oversedation|hallucinations|lethargy|hypoxia|ileus|myoclonus",
            "pain|breakthrough pain|severe pain|moderate pain|back pain|pain not relieved by tylenol|moderate to severe pain"),
        Class("non-opioid analgesic", 4,
            "acetaminophen|Tylenol|gabapentin|ibuprofen|lidocaine|Motrin|naproxen|Neurontin|ketorolac|Lidoderm|Toradol|celecoxib|pregabalin|Lyrica|Advil|diclofenac|Celebrex|Aleve|indomethacin|Voltaren gel|nortriptyline|meloxicam|Fioricet",
            "pain|fever|neuropathic pain|headache|arthritis|gout flare|osteoarthritis|musculoskeletal pain|diabetic neuropathy|postherpetic neuralgia|joint pain|knee pain|shoulder pain|pericarditis|chest wall pain",
            "acute kidney injury|GI bleed|transaminitis|gastritis|dizziness|somnolence|hyperkalemia|acute liver failure|ataxia|fluid retention|peptic ulcer",
            "pain|fever|headache|pain or fever|mild pain|temperature > 101"),
        Class("acid suppression", 5,
            "pantoprazole|omeprazole|Protonix|famotidine|esomeprazole|lansoprazole|ranitidine|Nexium|sucralfate|Prilosec|Pepcid|Prevacid|Zantac|Carafate|Maalox|Mylanta|rabeprazole|Aciphex|Tums",
            "GERD|GI prophylaxis|upper GI bleed|gastritis|peptic ulcer disease|dyspepsia|stress ulcer prophylaxis|esophagitis|reflux|ulcer prophylaxis|Barrett's esophagus|duodenal ulcer|heartburn|gastric ulcer",
            "thrombocytopenia|C. diff colitis|delirium|hypomagnesemia|diarrhea|interstitial nephritis|confusion",
            "heartburn|indigestion|dyspepsia"),
        Class("bowel regimen", 5,
            "docusate sodium|senna|Colace|bisacodyl|polyethylene glycol|lactulose|Miralax|sennosides|Dulcolax|Senokot|magnesium citrate|milk of magnesia|Fleet enema|loperamide|Imodium|rifaximin|simethicone|psyllium|Metamucil|Xifaxan|Golytely",
            "constipation|hepatic encephalopathy|opioid induced constipation|diarrhea|encephalopathy|bowel prep|hard stools|gas pain|bloating|fecal impaction",
            "diarrhea|abdominal cramping|hypokalemia|bloating|dehydration|hypernatremia|loose stools|flatulence",
            "constipation|no bowel movement in 2 days|constipation not relieved by senna|hard stools"),
        Class("antiemetic", 3,
            "ondansetron|Zofran|metoclopramide|prochlorperazine|Reglan|Compazine|promethazine|Phenergan|meclizine|scopolamine|dronabinol|Marinol|trimethobenzamide|Zofran ODT",
            "nausea|vomiting|nausea and vomiting|chemotherapy induced nausea",
            "QT prolongation|dystonia|tardive dyskinesia|somnolence|akathisia|constipation|extrapyramidal symptoms|headache",
            "nausea|nausea/vomiting|nausea or vomiting|vomiting|dizziness"),
        Class("diabetes", 6,
            "insulin glargine|insulin lispro|Lantus|Humalog|insulin|metformin|regular insulin|NPH insulin|insulin aspart|glipizide|Novolog|glyburide|sitagliptin|Januvia|pioglitazone|Levemir|insulin detemir|Glucophage|glimepiride|Actos|Humalog sliding scale|liraglutide|Victoza|Amaryl|sliding scale insulin|Novolin",
            "diabetes|type 2 diabetes|DM2|hyperglycemia|diabetes mellitus|DKA|type 1 diabetes|DM|insulin dependent diabetes|IDDM|NIDDM|blood sugar control|steroid induced hyperglycemia|hyperosmolar hyperglycemic state|gestational diabetes",
            "hypoglycemia|lactic acidosis|weight gain|hypoglycemic episode|low blood sugar|hypoglycemic episodes|fluid retention|pancreatitis"),
        Class("corticosteroid or thyroid", 4,
            "prednisone|levothyroxine|methylprednisolone|Synthroid|dexamethasone|hydrocortisone|Solu-Medrol|fludrocortisone|Decadron|methimazole|prednisolone|propylthiouracil|Levoxyl|Medrol Dosepak|Tapazole|cortisone|liothyronine|Cytomel",
            "hypothyroidism|COPD exacerbation|adrenal insufficiency|asthma exacerbation|gout flare|cerebral edema|hyperthyroidism|autoimmune hepatitis|polymyalgia rheumatica|temporal arteritis|Graves disease|thyroid cancer|ulcerative colitis flare|sarcoidosis|spinal cord compression|myasthenia gravis|alcoholic hepatitis|vasculitis|post-thyroidectomy hypothyroidism|IgA nephropathy",
            "hyperglycemia|psychosis|insomnia|adrenal suppression|thrush|hypertension|agitation|steroid myopathy|avascular necrosis|mood changes|leukocytosis|atrial fibrillation|agranulocytosis|hyperthyroidism|osteoporosis"),
        Class("inhaled respiratory", 5,
            "albuterol|ipratropium bromide|albuterol sulfate|fluticasone-salmeterol|tiotropium|Spiriva|Advair Diskus|DuoNeb|ipratropium|Atrovent|Combivent|Flovent|budesonide|salmeterol|Symbicort|ProAir HFA|levalbuterol|Xopenex|Pulmicort|Ventolin|fluticasone inhaler|albuterol-ipratropium|Serevent|formoterol|mometasone inhaler|acetylcysteine",
            "COPD|asthma|COPD exacerbation|wheezing|bronchospasm|shortness of breath|emphysema|reactive airway disease|mucus plugging|secretions|asthma exacerbation|SOB|chronic bronchitis|bronchiectasis",
            "tachycardia|thrush|tremor|urinary retention|palpitations|hypokalemia|nervousness|hoarseness|dry mouth|paradoxical bronchospasm",
            "shortness of breath or wheezing|wheezing|shortness of breath|SOB/wheeze|dyspnea|wheeze"),
        Class("oral respiratory", 2,
            "montelukast|guaifenesin|benzonatate|Singulair|Tessalon Perles|Robitussin|theophylline|guaifenesin-codeine|Mucinex|roflumilast|dextromethorphan|pseudoephedrine|loratadine|Claritin|cetirizine|Zyrtec|fexofenadine|Robitussin DM|cough syrup",
            "asthma|cough|allergic rhinitis|COPD|seasonal allergies|nasal congestion|bronchitis|upper respiratory infection|URI|postnasal drip|chronic cough",
            "insomnia|tachycardia|nausea|seizures|somnolence|dizziness|arrhythmia|theophylline toxicity",
            "cough|cough or congestion|congestion|itching|allergies"),
        Class("antidepressant or antipsychotic", 5,
            "sertraline|citalopram|quetiapine|trazodone|Seroquel|haloperidol|mirtazapine|escitalopram|fluoxetine|Haldol|olanzapine|bupropion|Zyprexa|paroxetine|venlafaxine|risperidone|duloxetine|Celexa|Zoloft|Lexapro|Remeron|lithium|aripiprazole|Wellbutrin|Cymbalta|Effexor XR|Prozac|amitriptyline|Risperdal|ziprasidone|Abilify|buspirone|lithium carbonate|clozapine|Depakote|Lamictal",
            "depression|anxiety|insomnia|agitation|delirium|schizophrenia|bipolar disorder|PTSD|major depressive disorder|psychosis|sundowning|dementia with agitation|generalized anxiety disorder|smoking cessation|OCD|ICU delirium|panic disorder",
            "serotonin syndrome|QT prolongation|hyponatremia|somnolence|extrapyramidal symptoms|orthostatic hypotension|SIADH|sedation|neuroleptic malignant syndrome|dystonic reaction|lithium toxicity|tremor|hypotension|agranulocytosis|akathisia|weight gain",
            "agitation|insomnia|anxiety|agitation or delirium|sleep"),
        Class("benzodiazepine or sedative", 3,
            "lorazepam|Ativan|diazepam|clonazepam|alprazolam|zolpidem|Valium|Klonopin|Xanax|Ambien|diphenhydramine|Benadryl|temazepam|Restoril|chlordiazepoxide|hydroxyzine|melatonin|Librium|oxazepam|Atarax|ramelteon",
            "anxiety|alcohol withdrawal|insomnia|agitation|panic attacks|seizure|pruritus|muscle spasm|alcohol withdrawal seizures|claustrophobia|DTs|itching|anxiety attacks|allergic reaction|sleep",
            "oversedation|delirium|confusion|respiratory depression|falls|paradoxical agitation|somnolence|hypoxia|lethargy|altered mental status",
            "anxiety|insomnia|sleep|itching|agitation|muscle spasm|pruritus"),
        Class("neurologic", 3,
            "levetiracetam|Keppra|phenytoin|donepezil|Dilantin|valproic acid|lamotrigine|carbidopa-levodopa|Sinemet|memantine|baclofen|carbamazepine|Aricept|lacosamide|topiramate|Namenda|tizanidine|cyclobenzaprine|ropinirole|fosphenytoin|oxcarbazepine|Vimpat|Flexeril|pyridostigmine|primidone|Tegretol|rizatriptan|sumatriptan|Mestinon",
            "seizure disorder|seizures|seizure prophylaxis|dementia|Parkinson's disease|muscle spasm|restless leg syndrome|epilepsy|Alzheimer's dementia|spasticity|migraines|essential tremor|trigeminal neuralgia|neuropathy|status epilepticus|myasthenia gravis|migraine",
            "rash|somnolence|hyperammonemia|thrombocytopenia|ataxia|confusion|Stevens-Johnson syndrome|dizziness|hyponatremia|nystagmus|bradycardia|agitation|hallucinations|phenytoin toxicity|DRESS syndrome|gingival hyperplasia"),
        Class("cardiac other", 5,
            "nitroglycerin|isosorbide mononitrate|amiodarone|digoxin|hydralazine|Imdur|clonidine|Nitrostat|isosorbide dinitrate|dofetilide|midodrine|sotalol|ranolazine|Cordarone|Tikosyn|Lanoxin|Catapres|nitroglycerin paste|dronedarone|Multaq|mexiletine|flecainide|propafenone|Ranexa|sacubitril-valsartan|Entresto|ivabradine|minoxidil",
            "atrial fibrillation|angina|chest pain|hypertension|ventricular tachycardia|orthostatic hypotension|CHF|rate control|hypertensive urgency|afterload reduction|VT|rhythm control|atrial flutter|heart failure|unstable angina|autonomic dysfunction|stable angina|NSVT|HFrEF",
            "bradycardia|hypothyroidism|pulmonary toxicity|headache|hypotension|QT prolongation|visual changes|nausea|elevated LFTs|digoxin toxicity|hyperthyroidism|rebound hypertension|torsades de pointes|lupus-like syndrome|amiodarone toxicity|hypertension|AV block|reflex tachycardia|supine hypertension",
            "chest pain|angina|chest pressure"),
        Class("electrolyte or vitamin", 8,
            "potassium chloride|multivitamin|folic acid|thiamine|magnesium oxide|calcium carbonate|ferrous sulfate|KCl|vitamin D|cyanocobalamin|magnesium sulfate|calcium acetate|sevelamer|vitamin B12|cholecalciferol|sodium bicarbonate|PhosLo|Renagel|ergocalciferol|K-Dur|zinc sulfate|ascorbic acid|vitamin C|MVI|Neutra-Phos|sodium chloride|potassium phosphate|calcitriol|phytonadione|vitamin K|calcium gluconate|iron sulfate|Nephrocaps|sevelamer carbonate|Renvela|vitamin D3|Os-Cal|calcium citrate|Rena-Vite|docosahexaenoic acid|fish oil|Ensure",
            "hypokalemia|hypomagnesemia|hypocalcemia|hyperphosphatemia|metabolic acidosis|iron deficiency anemia|anemia|vitamin D deficiency|alcohol abuse|B12 deficiency|osteoporosis|supplementation|malnutrition|hyponatremia|supratherapeutic INR|hypophosphatemia|Wernicke's prophylaxis|macrocytic anemia|ESRD|secondary hyperparathyroidism|low potassium|folate deficiency|osteopenia|alcoholism|poor nutrition|elevated INR|hypertriglyceridemia|wound healing",
            "hyperkalemia|diarrhea|constipation|GI upset|hypermagnesemia|hypercalcemia|black stools|nausea|hyperphosphatemia|phlebitis"),
        Class("urologic", 2,
            "tamsulosin|finasteride|Flomax|oxybutynin|terazosin|doxazosin|Proscar|phenazopyridine|bethanechol|Ditropan|Pyridium|tolterodine|Detrol|Cardura|Hytrin|solifenacin",
            "BPH|urinary retention|overactive bladder|dysuria|benign prostatic hypertrophy|nephrolithiasis|kidney stone|bladder spasms|urinary frequency|neurogenic bladder|incontinence",
            "orthostatic hypotension|dizziness|urinary retention|dry mouth|confusion|syncope|orange urine"),
        Class("immunosuppressant or antirheumatic", 2,
            "tacrolimus|allopurinol|mycophenolate mofetil|Prograf|colchicine|CellCept|cyclosporine|azathioprine|methotrexate|hydroxychloroquine|Plaquenil|febuxostat|sirolimus|infliximab|rituximab|Imuran|mesalamine|Asacol|sulfasalazine|Neoral|Myfortic|Zyloprim|Remicade|leflunomide|etanercept|Uloric|probenecid",
            "kidney transplant|gout|gout flare|rheumatoid arthritis|lupus|immunosuppression|Crohn's disease|liver transplant|transplant|ulcerative colitis|SLE|psoriatic arthritis|tumor lysis prophylaxis|pseudogout|lupus nephritis|hyperuricemia|renal transplant|heart transplant|sarcoidosis|lymphoma|CLL|inflammatory bowel disease|prevention of gout flares|vasculitis",
            "neutropenia|leukopenia|pancytopenia|acute kidney injury|tremor|diarrhea|hyperkalemia|hepatotoxicity|tacrolimus toxicity|infusion reaction|posterior reversible encephalopathy syndrome|pancreatitis|retinal toxicity|DRESS|cyclosporine toxicity|myelosuppression|PML|elevated tacrolimus level|pneumonitis|hypomagnesemia"),
        Class("critical care", 3,
            "norepinephrine|propofol|vasopressin|phenylephrine|Levophed|midazolam|dopamine|dobutamine|epinephrine|Versed|dexmedetomidine|Precedex|nitroprusside|milrinone|esmolol drip|cisatracurium|etomidate|ketamine|succinylcholine|neosynephrine|Neo-Synephrine|atropine|sodium nitroprusside",
            "hypotension|septic shock|shock|sedation|cardiogenic shock|intubation|hypertensive emergency|low cardiac output|vasodilatory shock|symptomatic bradycardia|procedural sedation|anaphylaxis|bradycardia|ventilator synchrony|refractory hypotension",
            "arrhythmia|tachycardia|ischemic digits|propofol infusion syndrome|hypertriglyceridemia|bradycardia|hypotension|limb ischemia|cyanide toxicity|ventricular ectopy|mesenteric ischemia|pancreatitis"),
        Class("fluids, blood and antidotes", 4,
            "normal saline|IV fluids|albumin|IVF|lactated ringers|D5W|packed red blood cells|Kayexalate|sodium polystyrene sulfonate|octreotide|naloxone|Narcan|glucagon|dextrose|D50|mannitol|nicotine patch|Nicoderm|epoetin alfa|Epogen|filgrastim|Neupogen|desmopressin|DDAVP|protamine|FFP|platelets|cryoprecipitate|Kcentra|sodium chloride 0.9%|hypertonic saline|insulin drip|calcium chloride|aminocaproic acid|Amicar|tranexamic acid|nicotine|nicotine gum|Aranesp|darbepoetin|IVIG|activated charcoal|N-acetylcysteine|Mucomyst|thrombin",
            "hypotension|dehydration|hyperkalemia|variceal bleed|opioid overdose|hypoglycemia|bradycardia|elevated ICP|nicotine dependence|anemia|neutropenia|acute blood loss anemia|hypovolemia|poor PO intake|hepatorenal syndrome|paracentesis|SBP|upper GI bleed|thrombocytopenia|coagulopathy|acute kidney injury|hypernatremia|tobacco abuse|CKD|anemia of chronic disease|diabetes insipidus|uremic bleeding|contrast nephropathy prophylaxis|reversal of anticoagulation|acetaminophen overdose|hemorrhagic shock|low urine output|hyponatremia|smoking cessation|cerebral edema|volume depletion|prerenal azotemia",
            "volume overload|fluid overload|pulmonary edema|hypernatremia|hypertension|transfusion reaction|hypokalemia|TRALI|hyperchloremic metabolic acidosis|hyperglycemia|hypoglycemia|TACO|nicotine withdrawal|anaphylactoid reaction|diarrhea"),
        Class("topical or ophthalmic", 3,
            "nystatin|miconazole powder|bacitracin|artificial tears|lidocaine jelly|clotrimazole|mupirocin|Sarna lotion|latanoprost|timolol|hydrocortisone cream|silver sulfadiazine|triamcinolone|Bactroban|Xalatan|brimonidine|erythromycin ointment|Eucerin cream|chlorhexidine gluconate|Peridex|capsaicin cream|fluticasone nasal spray|Flonase|saline nasal spray|Ocean spray|nystatin powder|Silvadene|ketoconazole cream|Lacri-Lube|dorzolamide|clobetasol|A&D ointment|Cosopt|Vaseline",
            "thrush|candidal rash|glaucoma|dry eyes|wound care|eczema|pruritus|skin breakdown|allergic rhinitis|intertrigo|MRSA colonization|conjunctivitis|oral candidiasis|sacral decubitus|yeast infection|burn|psoriasis|dermatitis|rash|foley placement|nasal congestion|epistaxis|chapped lips|oral hygiene|VAP prophylaxis|tinea pedis|cellulitis|perianal irritation",
            "contact dermatitis|skin irritation|local reaction|burning|erythema|bradycardia|rash",
            "itching|dry eyes|rash|nasal congestion|dryness|skin irritation"),
        Class("drug class word", 3,
            "antibiotics|steroids|pain medications|IV antibiotics|narcotics|diuretics|anticoagulation|blood pressure medications|insulin sliding scale|chemotherapy|nebulizers|laxatives|IV diuretics|antihypertensives|beta blockers|home medications|sedation|pressors|broad spectrum antibiotics|stool softeners|opiates|NSAIDs|bowel regimen|anxiolytics|antipsychotics|PPI|statin|benzodiazepines|ACE inhibitor|nitrates",
            "pneumonia|pain|sepsis|infection|fever|CHF exacerbation|hypertension|COPD exacerbation|volume overload|constipation|anxiety|agitation|atrial fibrillation|cellulitis|UTI|leukocytosis|presumed pneumonia|lymphoma|breast cancer|hypotension|metastatic lung cancer|colon cancer|AML",
            "delirium|acute kidney injury|hypotension|rash|C. diff colitis|bleeding|oversedation|hyperglycemia|respiratory depression|constipation|neutropenia|mucositis|thrombocytopenia|pancytopenia|alopecia|nausea and vomiting|febrile neutropenia|GI bleed|confusion", classWords: true),
    ];

    /// <summary>Drugs whose toxicity n2c2 annotates as an ADE that contains the Drug (<c>digoxin toxicity</c>).</summary>
    public static readonly ImmutableArray<string> ToxicityDrugs = SigLexicon.Split(
        "digoxin|lithium|tacrolimus|vancomycin|acetaminophen|phenytoin|amiodarone|methotrexate|cyclosporine|valproic acid|" +
        "Dilantin|Tylenol|theophylline|gentamicin|Lanoxin|Depakote|salicylate|opioid|narcotic|carbamazepine");

    static readonly int TotalWeight = Classes.Sum(c => c.Weight);

    /// <summary>The names only held-out notes may use (see <see cref="DrugClass.IsHeldOut"/>), compared ignoring case.</summary>
    public static readonly FrozenSet<string> HeldOutDrugs =
        Classes.SelectMany(c => c.Drugs.Where((_, i) => DrugClass.IsHeldOut(i))).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The medication of a lexicon name, with the class that lists it.</summary>
    public static Medication Find(string name) => new(name, Classes.First(c => c.Drugs.Contains(name)));

    /// <summary>Draws a drug class by weight (the class word pseudo-class only where a plain name reads wrong).</summary>
    public static DrugClass PickClass(SeededRandom random, bool allowClassWords = true)
    {
        while (true)
        {
            int ticket = random.Next(TotalWeight);
            foreach (var c in Classes)
            {
                if (ticket < c.Weight)
                {
                    if (allowClassWords || !c.IsClassWords) return c;
                    break;
                }
                ticket -= c.Weight;
            }
        }
    }

    static DrugClass Class(string name, int weight, string drugs, string indications, string adverseEffects,
                           string asNeededReasons = "", bool classWords = false) =>
        new(name, weight, SigLexicon.Split(drugs), SigLexicon.Split(indications), SigLexicon.Split(adverseEffects),
            Items(asNeededReasons), classWords);

    static ImmutableArray<string> Items(string items) => items.Length == 0 ? [] : SigLexicon.Split(items);
}
