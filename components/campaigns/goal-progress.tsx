import type { GoalWithProgress } from "@/lib/campaigns/goals";

/** "18 of 20" with a bar; a goal nothing counts ("other") shows its target only. */
export function GoalProgress({ goal }: { goal: Pick<GoalWithProgress, "id" | "label" | "target" | "progress"> }) {
  if (goal.progress === null) return <p className="text-sm text-slate-700">Target {goal.target.toLocaleString("en")} · not counted automatically</p>;
  const share = Math.min(1, goal.progress / goal.target);
  const text = `${goal.progress.toLocaleString("en")} of ${goal.target.toLocaleString("en")}`;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-labelledby={`goal-${goal.id}-label`}
        aria-valuemin={0}
        aria-valuemax={goal.target}
        aria-valuenow={Math.min(goal.progress, goal.target)}
        aria-valuetext={text}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={share >= 1 ? "h-full bg-green-700" : "h-full bg-blue-800"} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="text-sm text-slate-700">{text}</p>
    </div>
  );
}
