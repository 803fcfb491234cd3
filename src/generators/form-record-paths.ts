/**
 * Where answers sit in the generated form's record: the property names the form schema
 * is built with, and the data paths of the fields the form island works on (a record's
 * respond-by date, a side action, a stage output). The schema generator and the island
 * both take them from here, so a rename in one cannot leave the other reading nothing.
 */
export const formRecordKeys = {
  stages: "stages",
  respondBy: "respondBy",
  sideActions: "sideActions",
  stageOutputs: "stageOutputs",
} as const;

const respondByPattern = new RegExp(`^${formRecordKeys.stages}\\.(\\d+)\\.${formRecordKeys.respondBy}$`);

export const formRecordPaths = {
  /** "stages.2.respondBy": the respond-by date of the third stage record. */
  respondBy: (index: number) => `${formRecordKeys.stages}.${index}.${formRecordKeys.respondBy}`,
  /** The stage record a data path is the respond-by date of, or undefined for any other path. */
  respondByIndex(path: string): number | undefined {
    const index = respondByPattern.exec(path)?.[1];
    return index === undefined ? undefined : Number(index);
  },
  /** "stages.2.bypassReasons": any field of a stage record. */
  stageField: (index: number, field: string) => `${formRecordKeys.stages}.${index}.${field}`,
  /** "sideActions.refer-to-cafcass": a side action's group of questions. */
  sideAction: (id: string) => `${formRecordKeys.sideActions}.${id}`,
  /** "stageOutputs.letter": a stage output's group of questions. */
  stageOutput: (id: string) => `${formRecordKeys.stageOutputs}.${id}`,
} as const;
